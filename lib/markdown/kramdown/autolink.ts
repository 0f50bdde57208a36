// kramdown/parser/kramdown/autolink.rb
import { R, ALNUM } from './regex.js';
import { el } from './element.js';
import { lazyPattern, needs } from './scanner.js';
import type { SpanConstruct } from './parser.js';

const ACHARS = `[${ALNUM}\\-_.]`;
// START, `<((mailto|https?|ftps?):.+?|ACHARS+?@ACHARS+?)>`, as its two
// alternatives tried in order: the address one, with its large Unicode classes
// (costly to compile), runs only when an `@` lies ahead.
const URL = R('<((mailto|https?|ftps?):.+?)>');
// Made only when an `@` lies ahead (V8 makes its \p{...} classes at a cost of milliseconds).
const EMAIL = lazyPattern(() => needs(R(`<(${ACHARS}+?@${ACHARS}+?)>`), '@'), (src) => src.indexAhead('@') !== -1);

export const autolink: SpanConstruct = {
  name: 'autolink',
  start: { anyOf: [URL, EMAIL] },
  spanStart: '<',
  first: '<',
  parse(p) {
    const m = (p.src.check(URL) ?? p.src.check(EMAIL.pattern()))!;
    p.src.pos += m[0].length;
    const href = m[2] === undefined ? `mailto:${m[1]}` : m[1];
    const a = el('a', null, { href });
    p.addText(m[1].replace(/^mailto:/, ''), a);
    p.tree.children.push(a);
  },
};
