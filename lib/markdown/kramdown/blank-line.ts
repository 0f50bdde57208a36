// kramdown/parser/kramdown/blank_line.rb and eob.rb
import { BLANK_LINE, EOB_MARKER } from './patterns.js';
import { BLANK_FIRST } from './block-dispatch.js';
import type { BlockConstruct } from './parser.js';

export const blankLine: BlockConstruct = {
  name: 'blank_line',
  start: BLANK_LINE,
  first: (c) => BLANK_FIRST.includes(c),
  parse(p) {
    const m = p.src.scanBlank()!;
    const last = p.tree.children[p.tree.children.length - 1];
    if (last && last.type === 'blank') last.value += m;
    else p.tree.children.push(p.newBlock('blank', m));
    return true;
  },
};

export const eobMarker: BlockConstruct = {
  name: 'eob_marker',
  start: EOB_MARKER,
  first: (c, n) => n === 0 && c === '^',
  parse(p) {
    p.src.scan(EOB_MARKER);
    p.tree.children.push(p.newBlock('eob'));
    return true;
  },
};
