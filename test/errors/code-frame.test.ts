import { codeFrame } from '../../lib/errors/index.js';

describe('codeFrame', () => {
  const text = 'one\ntwo\nthree\nfour\nfive\nsix';
  test('numbers the lines around the error and marks it, with a caret under the column', () => {
    expect(codeFrame(text, 4, 3)).toBe(['  2 | two', '  3 | three', '> 4 | four', '    |   ^', '  5 | five', '  6 | six'].join('\n'));
  });
  test('does not show lines before the body (the front matter)', () => {
    expect(codeFrame(text, 4, undefined, 2, 4)).toBe(['> 4 | four', '  5 | five', '  6 | six'].join('\n'));
  });
  test('a very long line shows a window around the column, with the caret under it', () => {
    const long = `${'['.repeat(20_000)}x${']'.repeat(20_000)}`;
    const frame = codeFrame(`a\n${long}\nb`, 2, 20_001).split('\n');
    expect(frame.every((l) => l.length < 200)).toBe(true);
    const marked = frame.find((l) => l.startsWith('>'))!;
    const caret = frame[frame.indexOf(marked) + 1]!;
    expect(marked[caret.indexOf('^')]).toBe('x');
    expect(marked).toMatch(/\| …\[+x\]+…$/);
  });
  test('a long line without a column shows its start', () => {
    expect(codeFrame('y'.repeat(500), 1)).toBe(`> 1 | ${'y'.repeat(160)}…`);
  });
});
