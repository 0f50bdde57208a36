// html_to_native makes an HTML <img> a native img element with the attributes it was written
// with; convert_img writes them as they are: no src or alt is added when the tag had none
// (WordPress exports carry spacer images such as <img height="1" width="5" />). Both routes:
// the direct writer, and the handlers' (an abbreviation sends a document there).
// Jekyll 4.3.1's output (kramdown 2.4.0, GFM input).
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const c = createMarkdownConverter({ markdown: 'kramdown', kramdown: { html_to_native: true } });

test.each([
  ['a <img height="1" width="5" /> b\n', '<p>a <img height="1" width="5" /> b</p>\n'],
  ['<img />\n', '<p><img /></p>\n'],
  ['x <img alt="y" /> z\n', '<p>x <img alt="y" /> z</p>\n'],
  ['<div>\n<img width="3">\n</div>\n', '<div>\n<img width="3" />\n</div>\n'],
  ['<p>q <img title="t" src="s.png" alt=""> r</p>\n', '<p>q <img title="t" src="s.png" alt="" /> r</p>\n'],
  ['* <img class="c">\n* b HTML\n\n*[HTML]: Hyper Text\n', '<ul>\n  <li><img class="c" /></li>\n  <li>b <abbr title="Hyper Text">HTML</abbr></li>\n</ul>\n\n'],
  ['x <img width="2" alt=""> HTML\n\n*[HTML]: Hyper Text\n', '<p>x <img width="2" alt="" /> <abbr title="Hyper Text">HTML</abbr></p>\n\n'],
])('%j', (input, output) => {
  expect(c.convert(input)).toBe(output);
});
