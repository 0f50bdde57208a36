// kramdown/parser/kramdown/blockquote.rb
import { R } from './regex.js';
import { BLOCKQUOTE_START_SRC } from './patterns.js';
import { endAt } from './block-dispatch.js';
import type { BlockConstruct } from './parser.js';

const START = R(BLOCKQUOTE_START_SRC);
const START_ALL = R(BLOCKQUOTE_START_SRC, 'g');

export const blockquote: BlockConstruct = {
  name: 'blockquote',
  start: START,
  first: (c, n) => n <= 3 && c === '>',
  parse(p) {
    const src = p.src;
    const line = src.line;
    // PARAGRAPH_MATCH's lines, taken by skipLine: one slice of the source
    const from = src.pos;
    src.skipLine();
    const fast = p.grammar.dispatch !== undefined;
    const lazyEnd = p.grammar.lazyEnd;
    while (!(fast ? (endAt(src.str, src.pos) ?? src.test(lazyEnd)) : src.test(lazyEnd))) {
      if (src.skipLine() === -1) break;
    }
    const result = src.str.slice(from, src.pos).replace(START_ALL, '');
    const bq = p.newBlock('blockquote', null, null, { location: line });
    p.tree.children.push(bq);
    p.parseBlocks(bq, result, line);
    return true;
  },
};
