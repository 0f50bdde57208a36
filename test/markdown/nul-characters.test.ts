// NUL characters at the start of a paragraph: Ruby (2.6 and later) String#lstrip drops them, as it
// drops them at the end (rstrip), and kramdown lstrips a paragraph's text. A list item whose text
// is nothing but NUL is then a paragraph of nothing, on which the GFM parser's task list check
// (parser/gfm.rb parse_list, `list_items[0].children[0].value`) raises, as list.rb does where it
// reads a definition term's or an item's first text. Jekyll 4.3.1's output.
import { createMarkdownConverter, markdownToHtml } from '../../lib/markdown/index.js';

test('a paragraph, a quoted one, a table cell and a definition lose their leading NUL', () => {
  expect(markdownToHtml('\u0000\u0000a\n', {})).toBe('<p>a</p>\n');
  expect(markdownToHtml(' \u0000 a\n', {})).toBe('<p>a</p>\n');
  expect(markdownToHtml('a\n\n\u0000b\u0000\n', {})).toBe('<p>a</p>\n\n<p>b</p>\n');
  expect(markdownToHtml('> \u0000a\n', {})).toBe('<blockquote>\n  <p>a</p>\n</blockquote>\n');
  expect(markdownToHtml('| \u0000a |\n', {})).toBe('<table>\n  <tbody>\n    <tr>\n      <td>a</td>\n    </tr>\n  </tbody>\n</table>\n');
  expect(markdownToHtml('x\n: \u0000a\n', {})).toBe('<dl>\n  <dt>x</dt>\n  <dd>a</dd>\n</dl>\n');
  // inside a line, and in a header's text, NUL stays
  expect(markdownToHtml('a \u0000b\n', {})).toBe('<p>a \u0000b</p>\n');
  expect(markdownToHtml('# \u0000a\n', {})).toBe('<h1 id="a">\u0000a</h1>\n');
});

test('a list item, definition or term of NUL only fails the conversion, naming the file', () => {
  const c = createMarkdownConverter({ markdown: 'kramdown' });
  const message = "undefined method `value' for nil:NilClass";
  expect(() => c.convert('- \u0000\n', 'a.md')).toThrow(`Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': ${message}`);
  expect(() => c.convert('- a\n- \u0000 \u0000\n')).toThrow(message);
  expect(() => c.convert('* {:c}\u0000\n')).toThrow(message);
  // list.rb reads the same nil: a definition's text before it, an item's or a definition's
  // first paragraph followed by more
  expect(() => c.convert('\u0000\n: x\n')).toThrow(message);
  expect(() => c.convert('<div markdown="1">\u0000\n\n: x\n</div>\n')).toThrow(message);
  expect(() => c.convert('x\n: \u0000\n\n  b\n')).toThrow(message);
  expect(() => c.convert('- \u0000\n  - b\n', 'a.md')).toThrow(message);
  // an empty item has no paragraph; a lazy line gives the paragraph text
  expect(c.convert('- \n')).toBe('<ul>\n  <li></li>\n</ul>\n');
  expect(c.convert('- \u0000\na\n')).toBe('<ul>\n  <li>a</li>\n</ul>\n');
});
