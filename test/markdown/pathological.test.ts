// Hostile input must finish (no stack overflow, no exponential backtracking).
// Nothing here is timed: a hang fails through jest's timeout.
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const MB = 1 << 20;
const converter = createMarkdownConverter({});

describe('pathological input', () => {
  test.each([
    ['nested > on one line', '>'.repeat(MB) + ' x\n'],
    ['nested > on many lines', Array.from({ length: 2000 }, (_, i) => '> '.repeat(i % 500) + 'x').join('\n').slice(0, MB)],
    ['deeply nested lists', Array.from({ length: 20000 }, (_, i) => ' '.repeat((i * 2) % 4000) + '- item').join('\n').slice(0, MB)],
    ['unclosed HTML', '<div>'.repeat(MB / 5)],
    ['unclosed HTML, one per line', '<div>\n'.repeat(MB / 6)],
    ['unclosed [', '['.repeat(MB)],
    ['unclosed links', '[a]('.repeat(MB / 4)],
    ['unclosed emphasis', '*a '.repeat(MB / 3)],
    ['unclosed span HTML', '<span>'.repeat(MB / 6)],
    ['quotes', '"\''.repeat(MB / 2)],
    ['footnote definition followed by blank lines', '[^1]:\n    a\n' + '\n'.repeat(MB) + '[^1]'],
  ])('%s', (_name, text) => {
    const html = converter.convert(text);
    expect(typeof html).toBe('string');
    expect(html.endsWith('\n')).toBe(true);
  }, 60_000);
});
