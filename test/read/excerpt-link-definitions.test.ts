// Excerpt#extract_excerpt appends the link reference definitions of the tail (MKDWN_LINK_REF_REGEX)
// whose labels the head uses. Ruby's ^ and $ anchor at \n only and its `.` stops only at \n: in a
// CRLF file each definition keeps its \r, and a U+2028 inside one does not end it (an HTML post's
// excerpt is written as it is). Expected: Jekyll 4.3.1's extract_excerpt on the same strings.
import { extractExcerpt } from '../../lib/read/excerpt.js';

test.each([
  [
    'See [foo] and [bar].\r\n\r\nmore text\r\n\r\n[foo]: http://x.example/a\r\n[bar]: http://y.example/b\u2028c\r\n',
    'more text',
    'See [foo] and [bar].\r\n\r\n\n\n[foo]: http://x.example/a\r\n[bar]: http://y.example/b\u2028c\r',
  ],
  ['A [x] b\n<!--more-->\n [x]: /one\r\n[y]: /two\n', '<!--more-->', 'A [x] b\n\n\n[x]: /one\r'],
])('%j', (content, separator, expected) => {
  expect(extractExcerpt(content, separator)).toBe(expected);
});
