import { hasLiquidConstruct } from '../../lib/liquid/construct.js';

describe('hasLiquidConstruct (Utils.has_liquid_construct?)', () => {
  test.each([
    ['', false],
    ['plain text', false],
    ['{', false],
    ['a { b } c', false],
    ['{ {', false],
    ['{ %', false],
    ['text ending in {', false],
    ['{{', true],
    ['{%', true],
    ['{{{', true],
    ['{ {{ x }}', true],
    ['}{% if %}', true],
    ['中文{中文{%', true],
  ])('%j → %s', (text, expected) => {
    expect(hasLiquidConstruct(text)).toBe(expected);
  });

  test('agrees with /\\{[{%]/ on strings of braces, percents and letters', () => {
    const alphabet = ['{', '}', '%', 'a', ' ', '中'];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0; i < n % 12; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        s += alphabet[seed % alphabet.length];
      }
      expect(hasLiquidConstruct(s)).toBe(/\{[{%]/.test(s));
    }
  });
});
