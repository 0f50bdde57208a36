// Ruby orders strings by code point (String#<=> compares UTF-8 bytes), not by UTF-16
// code unit as JavaScript's < does; String#casecmp folds only A-Z.
import { casecmpRuby, compareRubyStrings } from '../../lib/values/ruby-string-order.js';

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
