// The small span constructs: escaped_chars.rb (and the GFM set), html_entity.rb,
// line_break.rb, typographic_symbol.rb, and GFM's ~~strikethrough~~ (parser/gfm.rb).
import { R } from './regex.js';
import { HTML_ENTITY_SRC } from './patterns.js';
import { el } from './element.js';
import { entityByCode, entityByName } from './entities.js';
import type { SpanConstruct } from './parser.js';

const ESCAPED = R('\\\\([\\\\.*_+`<>()\\[\\]{}#!:|"\'\\$=-])');
const ESCAPED_GFM = R('\\\\([\\\\.*_+`<>()\\[\\]{}#!:\\|"\'\\$=\\-~])');
export const ESCAPED_CHARS_ALL = R('\\\\([\\\\.*_+`<>()\\[\\]{}#!:|"\'\\$=-])', 'g');

function escaped(re: RegExp): SpanConstruct {
  return {
    name: 'escaped_chars',
    start: re,
    spanStart: '\\\\',
    first: '\\',
    parse(p) {
      const m = p.src.check(re)!;
      p.src.pos += m[0].length;
      p.addText(m[1]);
    },
  };
}
export const escapedChars = escaped(ESCAPED);
export const escapedCharsGfm = escaped(ESCAPED_GFM);

const ENTITY = R(HTML_ENTITY_SRC);
export const htmlEntity: SpanConstruct = {
  name: 'html_entity',
  start: ENTITY,
  spanStart: '&',
  first: '&',
  parse(p) {
    const m = p.src.check(ENTITY)!;
    p.src.pos += m[0].length;
    const entity = m[1] !== undefined ? entityByName(m[1])
      : entityByCode(m[2] !== undefined ? parseInt(m[2], 10) : parseInt(m[3], 16));
    if (entity) p.tree.children.push(el('entity', entity, null, { original: m[0] }));
    else {
      p.tree.children.push(el('entity', entityByName('amp')));
      p.addText(m[0].slice(1));
    }
  },
};

const LINE_BREAK = R('(  |\\\\\\\\)(?=\\n)');
export const lineBreak: SpanConstruct = {
  name: 'line_break',
  start: LINE_BREAK,
  spanStart: '(  |\\\\\\\\)(?=\\n)',
  first: ' \\',
  parse(p) {
    p.src.scan(LINE_BREAK);
    p.tree.children.push(el('br'));
  },
};

const TYPO: Record<string, string> = {
  '---': 'mdash', '--': 'ndash', '...': 'hellip', '<< ': 'laquo_space', ' >>': 'raquo_space', '<<': 'laquo', '>>': 'raquo',
};
const TYPO_RE = R('---|--|\\.\\.\\.|\\\\<<|\\\\>>|<< | >>|<<|>>');
export const typographicSyms: SpanConstruct = {
  name: 'typographic_syms',
  start: TYPO_RE,
  spanStart: '--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)',
  first: '-.\\< >',
  parse(p) {
    const m = p.src.scan(TYPO_RE)!;
    const sym = TYPO[m];
    if (sym) p.tree.children.push(el('typographic_sym', sym));
    else {
      const e = entityByName(m === '\\<<' ? 'lt' : 'gt');
      p.tree.children.push(el('entity', e), el('entity', e));
    }
  },
};

const STRIKE = R('~~(?![ \\t\\n\\x0b\\f\\r]|~).*?[^ \\t\\n\\x0b\\f\\r~]~~', 's');
export const strikethrough: SpanConstruct = {
  name: 'strikethrough_gfm',
  start: STRIKE,
  spanStart: '~~',
  first: '~',
  parse(p) {
    const m = p.src.check(STRIKE)!;
    p.src.pos += m[0].length;
    const del = el('html_element', 'del', {}, { category: 'span' });
    p.tree.children.push(del);
    p.withSource(m[0].slice(2, -2), 'text', () => {
      p.tree = undefined as never;
      p.parseSpans(del);
    });
  },
};
