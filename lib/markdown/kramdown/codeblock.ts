// kramdown/parser/kramdown/codeblock.rb, and the GFM fence of parser/gfm.rb
import { R } from './regex.js';
import { CODEBLOCK_MATCH_SRC, INDENT } from './patterns.js';
import { strip } from './strings.js';
import type { BlockConstruct, Parser } from './parser.js';

const CODEBLOCK_MATCH = R(CODEBLOCK_MATCH_SRC);
const INDENT_ALL = R('^(?:\\t| {4})', 'g');

export const codeblock: BlockConstruct = {
  name: 'codeblock',
  start: INDENT,
  parse(p) {
    let data = p.src.scan(CODEBLOCK_MATCH) ?? '';
    if (data === '') return false;
    data = data.replace(/\n( {0,3}[^ \t\n\x0b\f\r])/g, ' $1').replace(INDENT_ALL, '');
    p.tree.children.push(p.newBlock('codeblock', data));
    return true;
  },
};

function fenced(p: Parser, match: RegExp): boolean {
  const m = p.src.check(match);
  if (!m) return false;
  p.src.pos += m[0].length;
  const block = p.newBlock('codeblock', m[5], null, { fenced: true });
  const lang = strip(m[3] ?? '');
  if (lang !== '') {
    block.options.lang = lang;
    block.attr.class = `language-${m[4]}`;
  }
  p.tree.children.push(block);
  return true;
}

const GFM_START = R('^[ ]{0,3}[~`]{3,}');
const GFM_MATCH = R('^[ ]{0,3}(([~`]){3,})\\s*?((\\S+?)(?:\\?\\S*)?)?\\s*?\\n(.*?)^[ ]{0,3}\\1\\2*\\s*?\\n', 's');
export const codeblockFencedGfm: BlockConstruct = {
  name: 'codeblock_fenced',
  start: GFM_START,
  parse: (p) => fenced(p, GFM_MATCH),
};

const KD_START = R('^~{3,}');
const KD_MATCH = R('^((~){3,})\\s*?((\\S+?)(?:\\?\\S*)?)?\\s*?\\n(.*?)^\\1\\2*\\s*?\\n', 's');
export const codeblockFenced: BlockConstruct = {
  name: 'codeblock_fenced',
  start: KD_START,
  parse: (p) => fenced(p, KD_MATCH),
};
