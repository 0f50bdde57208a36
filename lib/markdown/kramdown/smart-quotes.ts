// kramdown/parser/kramdown/smart_quotes.rb: the first rule that matches decides.
import { R } from './regex.js';
import { el } from './element.js';
import type { SpanConstruct } from './parser.js';

const PUNCT = '[!"#\\$%\'()*+,\\-.\\/:;<=>?@\\[\\\\\\]\\^_`{|}~]';
const CLOSE = '[^ \\\\\\t\\r\\n\\[{(\\-]';
type Subst = number | string;
// Made on the first quote (see lazyR): two hold \b, whose \p classes are costly to parse.
let rules: Array<[RegExp, Subst[]]> | undefined;
const makeRules = (): Array<[RegExp, Subst[]]> => [
  [R('("|\')(?=[_*]{1,2}\\S)'), ['lquote1']],
  [R(`("|')(?=${PUNCT}(?!\\.\\.)\\B)`), ['rquote1']],
  [R('(\\s?)"\'(?=\\w)'), [1, 'ldquo', 'lsquo']],
  [R('(\\s?)\'"(?=\\w)'), [1, 'lsquo', 'ldquo']],
  [R('(\\s?)\'(?=\\d\\ds)'), [1, 'rsquo']],
  [R('(\\s)(\'|")(?=\\w)'), [1, 'lquote2']],
  [R(`(${CLOSE})('|")`), [1, 'rquote2']],
  [R('("|\')(?=\\s|s\\b|$)'), ['rquote1']],
  [R('(.?)\'', 's'), [1, 'lsquo']],
  [R('(.?)"', 's'), [1, 'ldquo']],
];
const SUBSTS: Record<string, string> = {
  'rquote1"': 'rdquo', "rquote1'": 'rsquo', 'rquote2"': 'rdquo', "rquote2'": 'rsquo',
  'lquote1"': 'ldquo', "lquote1'": 'lsquo', 'lquote2"': 'ldquo', "lquote2'": 'lsquo',
};

export const smartQuotes: SpanConstruct = {
  name: 'smart_quotes',
  start: R('[^\\\\]?["\']'),
  spanStart: '[^\\\\]?["\']',
  // A quote here, or after this character (not a backslash; a surrogate is left to the pattern).
  quick: (s, pos) => {
    const c = s.charCodeAt(pos);
    if (c === 34 || c === 39) return true;
    if (c === 92) return false;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    const n = s.charCodeAt(pos + 1);
    return n === 34 || n === 39;
  },
  parse(p) {
    const src = p.src;
    for (const [re, substs] of (rules ??= makeRules())) {
      const m = src.check(re);
      if (!m) continue;
      src.pos += m[0].length;
      for (const s of substs) {
        if (typeof s === 'number') p.addText(m[s] ?? '');
        else {
          const group = Number(s[s.length - 1]);
          const val = SUBSTS[s + (Number.isNaN(group) ? '' : m[group] ?? '')] ?? s;
          p.tree.children.push(el('smart_quote', val));
        }
      }
      return;
    }
    p.addText(src.getch());
  },
};
