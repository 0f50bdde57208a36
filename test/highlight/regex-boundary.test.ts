// \b and \B right after a word character are written with one look-ahead instead of
// Onigmo's whole boundary (regex.ts translate): the same matches, far cheaper to compile.
import { jsSource, rubyRegex, W } from '../../lib/highlight/regex.js';
import { prng } from '../build/edit-site.js';

// Ruby's \b and \B spelled out, so that translate keeps them whole.
const FULL_B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const FULL_NB = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
const spelledOut = (src: string): RegExp => rubyRegex(src.replace(/\\b/g, FULL_B).replace(/\\B/g, FULL_NB));

const SIMPLIFIED = ['(?:class|interface)\\b', 'int\\b', 'int\\B', '\\d\\b', '(foo|ba_)\\b', '(?<n>ab)\\b', 'a(?:b|(?:c)d)\\b', 'x\\b|y\\b'];
const KEPT = ['\\w+\\b', '(?:a|b?)\\b', '(?=ab)\\b', '\\x2d\\b', '\\u002d\\b', '(a)\\1\\b', '(?:a|)\\b', '[a-z]\\b', 'a?\\b', '(?:ab)*\\b',
  '\\t\\b', '\\\\\\b', '(?:a|-)\\b', '(?<=a)\\b', '\\b', 'a|\\b', '(?:a(?=-))\\b', '\\p{L}\\b'];
const CHARS = ['a', 'b', 'c', 'd', 'i', 'n', 't', 'x', 'y', '_', '-', '1', ' ', '中', 'é', '\u0301', '😀', '\n', '\u200d', '²', '①'];

const rng = prng(5);

describe('word boundaries after a word character', () => {
  test.each([...SIMPLIFIED, ...KEPT])('%s matches as Onigmo\'s boundary does', (src) => {
    const fast = rubyRegex(src);
    const slow = spelledOut(src);
    const words = ['class', 'interface', 'int', 'foo', 'ba_', 'ab', 'abd', 'acd', 'aa', '--', '\\'];
    for (let i = 0; i < 300; i++) {
      const s = Array.from({ length: rng.int(1, 4) }, () => rng.pick(rng.int(0, 1) ? words : CHARS)).join('');
      for (let at = 0; at <= s.length; at++) {
        fast.lastIndex = slow.lastIndex = at;
        expect({ s, at, m: fast.exec(s)?.[0] ?? null }).toEqual({ s, at, m: slow.exec(s)?.[0] ?? null });
      }
    }
  });

  test.each(SIMPLIFIED)('%s keeps no look-behind', (src) => {
    expect(jsSource(src)).not.toMatch(/\(\?<[=!]/);
  });

  test.each(KEPT.filter((s) => !s.includes('(?<')))('%s keeps the whole boundary', (src) => {
    expect(jsSource(src)).toMatch(/\(\?<[=!]/);
  });
});
