// html_to_native keeps an <em>, <strong>, <b> or <i> as HTML when its text starts or ends with
// white space (convert_em), and its content stays raw: a block element in it (the line after an
// unclosed <em> in a <div>) is written by convert_html_element, which asks the parent's type and
// content model whatever its category: under an HTML element of raw content, no indent and no
// newline around the block. Jekyll 4.3.1's output (kramdown 2.4.0).
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const c = createMarkdownConverter({ markdown: 'kramdown', kramdown: { html_to_native: true } });

test.each([
  ['<div>\nx <em>y</span>\n<div>\n', '<div>\nx <em>y&lt;/span&gt;\n<div>\n</div></em>\n</div>\n'],
  ['<section class="x">\na <em>b</kbd> c\n<iframe src="v"></iframe>\n', '<section class="x">\na <em>b&lt;/kbd&gt; c\n<iframe src="v"></iframe>\n</em>\n</section>\n'],
  ['<figure>\nx <kbd>y</em> z\n<section markdown="1">\n', '<figure>\n x <kbd>y&lt;/em&gt; z <section></section></kbd>\n</figure>\n'],
  ['<div>\na <span>b\n<!-- c -->\n<p>d</p>\n</span>\n</div>\n', '<div>\na <span>b <!-- c -->       <p>d</p>\n </span>\n</div>\n'],
])('%j', (input, output) => {
  expect(c.convert(input)).toBe(output);
});
