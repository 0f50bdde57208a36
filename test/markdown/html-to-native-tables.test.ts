// html_to_native makes an HTML <tr>, <tbody>/<thead>/<tfoot> or <td> kramdown's own element
// wherever it stands. kramdown's converter writes a row or section outside a table as any block
// (format_as_indented_block_html), and a cell outside a table raises in convert_td, which reads
// its row's section and the table's alignment (@stack[-2], @stack[-3]). Jekyll 4.3.1's output.
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const c = createMarkdownConverter({ markdown: 'kramdown', kramdown: { html_to_native: true } });

test('a row or section outside a table is an indented block', () => {
  expect(c.convert('<tbody><p>x</p></tbody>\n')).toBe('<tbody>\n  <p>x</p>\n</tbody>\n');
  expect(c.convert('<thead>\n</thead>\n')).toBe('<thead>\n</thead>\n');
  expect(c.convert('<tr>\n</tr>\n')).toBe('<tr>\n</tr>\n');
  // in a table, as before
  expect(c.convert('<table><tr><td>x</td></tr></table>\n')).toBe('<table>\n  <tbody>\n    <tr>\n      <td>x</td>\n    </tr>\n  </tbody>\n</table>\n');
});

test('a cell outside a table fails the conversion as convert_td does, naming the file', () => {
  expect(() => c.convert('<td>x</td>\n', 'a.md')).toThrow("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': undefined method `type' for nil:NilClass");
  expect(() => c.convert('<tr><td>x</td></tr>\n')).toThrow("undefined method `options' for nil:NilClass");
  expect(() => c.convert('<div><td>x</td></div>\n')).toThrow("undefined method `options' for nil:NilClass");
  expect(() => c.convert('- <td>x</td>\n')).toThrow("undefined method `[]' for nil:NilClass");
  expect(() => c.convert('<tbody>\n<tr><td>x</td></tr>\n</tbody>\n')).toThrow("undefined method `[]' for nil:NilClass");
  // a <th> outside a table has no convert_th; a table of no rows fails in the parser
  expect(() => c.convert("<th n=''>\n")).toThrow("undefined method `convert_th'");
  expect(() => c.convert('<table></table>\n')).toThrow("undefined method `type' for nil:NilClass");
  // {::options} turns it on inside the document too
  const plain = createMarkdownConverter({ markdown: 'kramdown' });
  expect(plain.convert('<td>x</td>\n')).toBe('<td>x</td>\n');
  expect(() => plain.convert('{::options html_to_native="true" /}\n<td>x</td>\n')).toThrow("undefined method `type' for nil:NilClass");
});
