import { codeFrame } from '../../lib/errors/index.js';

describe('codeFrame', () => {
  const text = 'one\ntwo\nthree\nfour\nfive\nsix';
  test('numbers the lines around the error and marks it, with a caret under the column', () => {
    expect(codeFrame(text, 4, 3)).toBe(['  2 | two', '  3 | three', '> 4 | four', '    |   ^', '  5 | five', '  6 | six'].join('\n'));
  });
  test('does not show lines before the body (the front matter)', () => {
    expect(codeFrame(text, 4, undefined, 2, 4)).toBe(['> 4 | four', '  5 | five', '  6 | six'].join('\n'));
  });
});
