// \b and \B right after a word character (or after a literal other character) are written
// with one look-ahead instead of Onigmo's whole boundary, and consecutive alternatives ending
// with the same look-ahead share it (regex.ts translate): the same matches, far cheaper to compile.
import { jsSource, rubyRegex, W } from '../../lib/highlight/regex.js';
import { prng } from '../build/edit-site.js';

// Ruby's \b and \B spelled out, so that translate keeps them whole.
const FULL_B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const FULL_NB = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
const spelledOut = (src: string): RegExp => rubyRegex(src.replace(/\\b/g, FULL_B).replace(/\\B/g, FULL_NB));

const SIMPLIFIED = ['(?:class|interface)\\b', 'int\\b', 'int\\B', '\\d\\b', '(foo|ba_)\\b', '(?<n>ab)\\b', 'a(?:b|(?:c)d)\\b', 'x\\b|y\\b',
  '\\\\\\b', '中\\b', '中\\B', 'x中\\b|é\\b', "qu'\\b", "qu'\\B", '-\\b', 'a\\.\\b', 'a\\ \\b', "(?:-|'|\\.)\\B",
  '中\\b|int\\b|a |ab\\b|-\\b|qu\\b|x', '(?:int\\b|in\\b|i)x?', '(?:a\\b|ab\\b)c?', '(?=a\\b|b\\b)\\w+'];
const KEPT = ['\\w+\\b', '(?:a|b?)\\b', '(?=ab)\\b', '\\x2d\\b', '\\u002d\\b', '(a)\\1\\b', '(?:a|)\\b', '[a-z]\\b', 'a?\\b', '(?:ab)*\\b',
  '\\t\\b', '(?<=a)\\b', '\\b', 'a|\\b', '(?:a(?=-))\\b', '\\p{L}\\b', '(?:a|中|-)\\b', '(?:a|-)\\b', '(?:)\\b', '(?<n>)\\b', 'a{2}\\b', 'a:\\b', '😀\\b'];
// \b and \B before a word character: one look-behind.
const BEFORE_WORD = ['\\b(?:if|else)\\b', '\\bint', '\\Bint', '\\b\\w+', '\\b\\d', '\\b(?:(?:ab)|c)+', '(?:\\bfoo|\\bbar)\\b', '\\b(a)+b',
  '\\bab{0,2}', 'x|\\bint\\b', '\\b(?<n>in|_)t', '\\b(?:a|ab)c?', '\\b(?:a|ab)\\B'];
const BEFORE_KEPT = ['\\b(a)?b', '\\ba{0,2}', '\\ba*', '\\b(?:a|-)x', '\\b(?:a|中)', '\\b\\b', '\\b(?=a)a', '\\b-', '\\b(?:a|(?:b)?)c', '\\ba*?'];
const CHARS = ['a', 'b', 'c', 'd', 'i', 'n', 't', 'x', 'y', '_', '-', '1', ' ', '中', 'é', '\u0301', '😀', '\n', '\u200d', '²', '①', "'", '.', '\\', 'q', 'u'];

const rng = prng(5);

describe('word boundaries after a word character', () => {
  test.each([...SIMPLIFIED, ...KEPT, ...BEFORE_WORD, ...BEFORE_KEPT])('%s matches as Onigmo\'s boundary does', (src) => {
    const fast = rubyRegex(src);
    const slow = spelledOut(src);
    const words = ['class', 'interface', 'int', 'foo', 'ba_', 'ab', 'abd', 'acd', 'aa', '--', '\\', "qu'", 'x中', 'in', 'a.', 'a ', 'abc'];
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

  test.each(BEFORE_WORD)('%s before a word character is one look-behind', (src) => {
    expect(jsSource(src)).not.toContain(FULL_B);
    expect(jsSource(src)).not.toContain(FULL_NB);
  });

  test.each(BEFORE_KEPT)('%s keeps the whole boundary before what may not be a word character', (src) => {
    expect(jsSource(src)).toContain(src.includes('\\B') ? FULL_NB : FULL_B);
  });

  test('consecutive alternatives share one look-ahead', () => {
    const js = jsSource('(?:as\\b|in\\b|中\\b|ab |-\\b|\\.\\b|or\\b)');
    expect(js).toBe(`(?:(?:as|in|中)(?!${W})|ab |(?:-|\\.)(?=${W})|or(?!${W}))`);
  });
});
