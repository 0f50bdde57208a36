// kramdown/parser/kramdown/autolink.rb
import { R, ALNUM } from './regex.js';
import { el } from './element.js';
import type { SpanConstruct } from './parser.js';

const ACHARS = `[${ALNUM}\\-_.]`;
const START = R(`<((mailto|https?|ftps?):.+?|${ACHARS}+?@${ACHARS}+?)>`);

export const autolink: SpanConstruct = {
  name: 'autolink',
  start: START,
  spanStart: '<',
  parse(p) {
    const m = p.src.check(START)!;
    p.src.pos += m[0].length;
    const href = m[2] === undefined ? `mailto:${m[1]}` : m[1];
    const a = el('a', null, { href });
    p.addText(m[1].replace(/^mailto:/, ''), a);
    p.tree.children.push(a);
  },
};
