// kramdown/parser/kramdown/block_boundary.rb
import { BLOCK_BOUNDARY } from './patterns.js';
import type { Parser } from './parser.js';

export function afterBlockBoundary(p: Parser): boolean {
  const last = p.tree.children[p.tree.children.length - 1];
  return !last || last.type === 'blank' || (last.type === 'eob' && last.value == null) || p.blockIal !== null;
}

export function beforeBlockBoundary(p: Parser): boolean {
  return p.src.test(BLOCK_BOUNDARY);
}
