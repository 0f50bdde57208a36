// emphasis.ts's alphaEnd: the check before a `_` opener, done on the last characters instead of
// searching the text before it with `[\p{Alphabetic}]-?[\p{Alphabetic}]*$`; both must agree.
import { alphaEnd } from '../../lib/markdown/kramdown/emphasis.js';

const PATTERN = /[\p{Alphabetic}]-?[\p{Alphabetic}]*$/u;
const PIECES = ['a', 'Z', '1', '-', '--', ' ', '_', 'é', '三', 'ß', '²', '\u0301', '𝒜', '😀', '\ud835', '\udc9c', '\u00a0', 'Ж', '٣', 'x-', '-x', '.', ''];

describe('alphaEnd agrees with the pattern on the text before the opener', () => {
  test('every text of up to three pieces, at several cuts', () => {
    for (const a of PIECES) for (const b of PIECES) for (const c of PIECES) {
      const s = `${a}${b}${c}_rest`;
      const end = s.length - 5;
      for (const from of [0, 1, 2, 3]) {
        if (from > end) continue;
        expect({ s, from, got: alphaEnd(s, from, end) }).toEqual({ s, from, got: PATTERN.test(s.slice(from, end)) });
      }
    }
  });

  test('a long run of text: only its end counts', () => {
    const s = `${'word '.repeat(30)}foo_bar`;
    const end = s.indexOf('_');
    expect(alphaEnd(s, end - 64, end)).toBe(true);
    expect(alphaEnd('x '.repeat(40) + '_', 16, 80)).toBe(false);
  });
});
