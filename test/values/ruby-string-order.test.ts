// Ruby orders strings by code point (String#<=> compares UTF-8 bytes), not by UTF-16
// code unit as JavaScript's < does; String#casecmp folds only A-Z.
import { casecmpRuby, compareRubyStrings } from '../../lib/values/ruby-string-order.js';
import fc from 'fast-check';

describe('Ruby string order', () => {
  test('an astral character sorts after U+E000-U+FFFF', () => {
    expect(compareRubyStrings('😀', 'ﬁ')).toBe(1);
    expect(compareRubyStrings('ﬁ', '😀')).toBe(-1);
    expect(['ﬁ', '😀', 'a', 'Ａ', '𝒜'].sort(compareRubyStrings)).toEqual(['a', 'ﬁ', 'Ａ', '𝒜', '😀']);
  });

  test('a prefix sorts first; equal strings are 0', () => {
    expect(compareRubyStrings('ab', 'abc')).toBe(-1);
    expect(compareRubyStrings('Ёж', 'Ёж')).toBe(0);
  });

  test('casecmp folds ASCII letters only', () => {
    expect(casecmpRuby('b', 'B')).toBe(0);
    expect(casecmpRuby('Éz', 'éz')).toBe(-1);
    expect(casecmpRuby('а', 'Б')).toBe(1);
  });
});

describe('Ruby string order against UTF-8 bytes (what String#<=> compares)', () => {
  const sign = (n: number): number => Math.sign(n);
  // Pieces around the places where UTF-16 and code point order part: U+D7FF, U+E000-U+FFFF, astral pairs.
  const piece = fc.constantFrom('a', 'B', 'é', '\uD7FF', '\uE000', 'ﬁ', 'Ａ', '\uFFFF', '𝒜', '😀', '\u{10FFFF}', '中');
  const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  test('same sign as Buffer.compare of the UTF-8 bytes', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareRubyStrings(a, b))).toBe(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
      }),
      { numRuns: 2000 },
    );
  });
});
