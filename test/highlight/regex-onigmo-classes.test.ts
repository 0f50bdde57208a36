// Onigmo's character classes where they differ from JavaScript's (each row as ruby 3.1 matches it:
// `ruby -e 'p "x\u200d" =~ /x\b/'`).
import { rubyRegex } from '../../lib/highlight/regex.js';

const matches = (src: string, s: string): boolean => rubyRegex(src).test(s);

test.each<[string, string, boolean]>([
  ['\\p{Word}', '\u200d', false], // ZWJ: Join_Control is in UTS #18's \w, not in Onigmo's Word
  ['\\p{Word}', '\u200c', false],
  ['[[:word:]]', '\u200d', false],
  ['[^\\p{Word}]', '\u200c', true],
  ['\\p{Word}', '中', true],
  ['\\p{Word}', 'Ⓐ', true], // Alphabetic (So)
  ['\\p{Word}', '①', false],
  ['x\\b', 'x\u200d', true],
  ['x\\b', 'x①', true],
  ['x\\b', 'x²', false], // Latin-1 superscripts and fractions are word characters for \b
  ['x\\b', 'x¼', false],
  ['x\\b', 'xⓐ', false],
  ['x\\b', 'x中', false],
  ['\\p{Space}', '\u0085', true],
  ['[[:space:]]', '\ufeff', false],
])('/%s/ on %j: %s', (src, s, expected) => {
  expect(matches(src, s)).toBe(expected);
});
