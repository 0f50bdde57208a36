// Text with bytes that are not UTF-8 under jekyll-commonmark: cmark's scanners (scanners.re, re2c -8)
// match only UTF-8 in their classes. Outputs from commonmarker 0.23.6 through jekyll-commonmark 1.4.0's
// converter (options [footnotes], extension table), run on the same bytes.
import { createCommonmarkConverter } from '../../lib/markdown/commonmark/converter.js';
import { decodeKeepingBytes, encodeKeptBytes } from '../../lib/read/decode.js';

const convert = (latin1: string): string => {
  const converter = createCommonmarkConverter({ markdown: 'CommonMark', commonmark: { options: ['footnotes'], extensions: ['table'] } });
  return Buffer.from(encodeKeptBytes(converter.convert(decodeKeepingBytes(Buffer.from(latin1, 'latin1')), 'a.md'))).toString('latin1');
};

test('raw HTML (a tag, comment, processing instruction, CDATA, declaration) with such a byte is text', () => {
  expect(convert('a <span title="\xe9">x</span> *b*\n\nc <!-- \xe9 --> <?p \xe9 ?> <![CDATA[\xe9]]> <!A \xe9> </b> d\n')).toBe(
    '<p>a &lt;span title=&quot;\xe9&quot;&gt;x<!-- raw HTML omitted --> <em>b</em></p>\n<p>c &lt;!-- \xe9 --&gt; &lt;?p \xe9 ?&gt; &lt;![CDATA[\xe9]]&gt; &lt;!A \xe9&gt; <!-- raw HTML omitted --> d</p>\n',
  );
});

test("a note's label with such a byte makes no note: a link reference definition", () => {
  expect(convert('[^a\xe9]\n\n[^a\xe9]: x\n')).toBe('<p><a href="x">^a\xe9</a></p>\n');
});
