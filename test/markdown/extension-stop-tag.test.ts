// kramdown's EXT_BLOCK_STOP_STR is a double-quoted Ruby string, "^...{:/(name)?}\s*?\n", in which
// "\s" is a space, not the regexp class: a block extension's stop tag may be followed by spaces
// only. After a tab (or another white space character) it is no stop tag; the start tag then
// has none and is read as a span extension of a paragraph. Jekyll 4.3.1's output.
import { markdownToHtml } from '../../lib/markdown/index.js';

test('spaces after a block extension stop tag; a tab makes the extension a span one', () => {
  expect(markdownToHtml('{::comment}\nx\n{:/}  \na\n', {})).toBe('<!-- x -->\n<p>a</p>\n');
  expect(markdownToHtml('{::nomarkdown}\nx\n{:/nomarkdown}  \n', {})).toBe('x\n');
  expect(markdownToHtml('{::comment}\nx\n{:/}\t\na\n', {})).toBe('<p><!-- \nx\n -->\t\na</p>\n');
  expect(markdownToHtml('{::nomarkdown}\n{:/}\t\n', {})).toBe('<p>\n</p>\n');
});
