// kramdown/parser/kramdown/paragraph.rb (PARAGRAPH_END_GFM from parser/gfm.rb)
import { R } from './regex.js';
import {
  ATX_HEADER_START_GFM_SRC, BLOCKQUOTE_START_SRC, DEFINITION_LIST_START_SRC,
  FENCED_CODEBLOCK_START_GFM_SRC, LAZY_END_PARTS, LIST_START_SRC, OPT_SPACE, endOf,
} from './patterns.js';
import { lstrip, rstrip } from './strings.js';
import { endAt } from './block-dispatch.js';
import type { BlockConstruct } from './parser.js';

export const PARAGRAPH_END_KRAMDOWN = endOf(...LAZY_END_PARTS, DEFINITION_LIST_START_SRC);
export const PARAGRAPH_END_GFM = endOf(
  ...LAZY_END_PARTS, LIST_START_SRC, ATX_HEADER_START_GFM_SRC, DEFINITION_LIST_START_SRC,
  BLOCKQUOTE_START_SRC, FENCED_CODEBLOCK_START_GFM_SRC,
);

export const paragraph: BlockConstruct = {
  name: 'paragraph',
  start: R(`^${OPT_SPACE}[^ \\t].*?\\n`),
  first: (c, n) => n <= 3 && c !== '\t',
  parse(p) {
    const src = p.src;
    const pos = src.pos;
    const line = src.line;
    const end = p.grammar.paragraphEnd;
    const fast = p.grammar.dispatch !== undefined;
    // PARAGRAPH_MATCH's lines, taken by skipLine: the paragraph is one slice of the source
    src.skipLine();
    while (!(fast ? (endAt(src.str, src.pos) ?? src.test(end)) : src.test(end))) {
      if (src.skipLine() === -1) break;
    }
    const result = rstrip(src.str.slice(pos, src.pos));
    const children = p.tree.children;
    const last = children[children.length - 1];
    if (last && last.type === 'p') {
      const item = last.children[last.children.length - 1];
      if (item && item.type === p.textType) {
        const joiner = src.str.slice(Math.max(0, pos - 3), pos) === '  \n' ? '  \n' : '\n';
        item.value += joiner + result;
      } else p.addText(result, last);
    } else {
      const para = p.newBlock('p', null, null, { location: line });
      children.push(para);
      p.addText(lstrip(result), para);
    }
    return true;
  },
};

