// kramdown's patterns are Ruby regexps whose \b follows Onigmo's word characters on UTF-8 text:
// Unicode's, plus the Latin-1 ² ³ ¹ ¼ ½ ¾. LAZY_END_HTML_START's `(?!(?:b|i|...)\b)` lets `<b²`
// end a lazy paragraph line (as `<bx` does, unlike `<b x`). Expected: kramdown 2.4.0, input GFM.
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const c = createMarkdownConverter({});

test.each([
  ['> quote\n<b² x\n', '<blockquote>\n  <p>quote</p>\n</blockquote>\n<p>&lt;b² x</p>\n'],
  ['> quote\n<b x\n', '<blockquote>\n  <p>quote\n&lt;b x</p>\n</blockquote>\n'],
  ['* item\n<b¼ x\n', '<ul>\n  <li>item</li>\n</ul>\n<p>&lt;b¼ x</p>\n'],
  ['para\n</b³>\n', '<p>para\n&lt;/b³&gt;</p>\n'],
])('%j', (input, expected) => {
  expect(c.convert(input)).toBe(expected);
});
