// Character references to a surrogate or past U+10FFFF (`&#xD800;`, `&#1114112;`): kramdown's
// Entity#char is Ruby's pack('U*'), which writes UTF-8's bit pattern for any value up to
// 2**31-1 (up to six bytes, no UTF-8 at all), and Jekyll writes those bytes into the page. kyll
// keeps them as U+DC80-U+DCFF, one per byte (values/invalid-utf8.ts), and writes them back.
// Bytes below are Jekyll 4.3.1's (kramdown 2.4.0, Ruby 3.1).
import { createMarkdownConverter, markdownToHtml } from '../../lib/markdown/index.js';
import { encodeKeptBytes } from '../../lib/read/decode.js';
import { memorySource, renderSite } from '../../lib/index.js';

const bytes = (html: string): string => Buffer.from(encodeKeptBytes(html)).toString('hex');
const hex = (s: string): string => Buffer.from(s, 'latin1').toString('hex');

test('pack("U*") bytes for surrogates and values up to 2**31-1; past it the reference as written', () => {
  expect(bytes(markdownToHtml('&#xD800; &#xDFFF; &#55296;\n', {}))).toBe(hex('<p>\xED\xA0\x80 \xED\xBF\xBF \xED\xA0\x80</p>\n'));
  expect(bytes(markdownToHtml('&#1114112; &#x1FFFFF; &#x200000; &#x4000000; &#x7FFFFFFF;\n', {}))).toBe(
    hex('<p>\xF4\x90\x80\x80 \xF7\xBF\xBF\xBF \xF8\x88\x80\x80\x80 \xFC\x84\x80\x80\x80\x80 \xFD\xBF\xBF\xBF\xBF\xBF</p>\n'),
  );
  expect(markdownToHtml('&#x80000000; &#99999999999999999999;\n', {})).toBe('<p>&#x80000000; &#99999999999999999999;</p>\n');
  // valid ones are characters as before; other entity_output settings write numbers
  expect(markdownToHtml('&#x10FFFF; &#65;\n', {})).toBe('<p>\u{10FFFF} A</p>\n');
  expect(markdownToHtml('&#xD800; &#x110000;\n', { entity_output: 'numeric' })).toBe('<p>&#55296; &#1114112;</p>\n');
});

test('a GFM header id of such a text fails as String#downcase does; past 2**31-1 `raw_text << nil` fails', () => {
  // Jekyll's kramdown defaults: input GFM
  const c = createMarkdownConverter({ markdown: 'kramdown' });
  expect(() => c.convert('# H &#xD800; x\n', 'a.md')).toThrow("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': input string invalid");
  expect(() => c.convert('# H &#99999999999999999999; x\n', 'a.md')).toThrow("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': no implicit conversion of nil into String");
  expect(() => c.convert('term &#99999999999999999999;\n: def\n', 'a.md')).toThrow('no implicit conversion of nil into String');
  // a header with its own id makes none; a term's raw text is never downcased
  expect(bytes(c.convert('# H &#xD800; {#h}\n', 'a.md'))).toBe(hex('<h1 id="h">H \xED\xA0\x80</h1>\n'));
  expect(bytes(c.convert('t &#xD800;\n: d\n', 'a.md'))).toBe(hex('<dl>\n  <dt>t \xED\xA0\x80</dt>\n  <dd>d</dd>\n</dl>\n'));
});

test("a tight list item or definition holding such bytes fails as convert_li's `res =~ /\\n\\Z/` does; so does a {:toc} or {:footnotes} document", () => {
  const c = createMarkdownConverter({ markdown: 'kramdown' });
  const fails = 'invalid byte sequence in UTF-8';
  // convert_li (convert_dd) matches a regexp against the item's HTML when its first child is a
  // transparent paragraph: a nested tight item's bytes reach a loose outer item's too
  expect(() => c.convert('- a &#xD800;\n', 'a.md')).toThrow(`Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': ${fails}`);
  expect(() => c.convert('- <span>&#x110000;</span>\n')).toThrow(fails);
  expect(() => c.convert('- a\n\n  - b &#xD800;\n\n  c\n')).toThrow(fails);
  expect(() => c.convert('<div markdown="1">\n- a &#xD800;\n</div>\n')).toThrow(fails);
  expect(() => c.convert('a\n: &#xD800;\n\n: b\n')).toThrow(fails);
  // convert_root's sub! of a placeholder runs over the whole document
  expect(() => c.convert('* toc\n{:toc}\n\n# a\n\nx &#xD800;\n')).toThrow(fails);
  expect(() => c.convert('x[^1]\n\n* f\n{:footnotes}\n\n[^1]: y &#xD800;\n')).toThrow(fails);
  // a loose item's paragraphs and footnotes at the end are written, bytes and all
  expect(bytes(c.convert('- a\n\n  b &#xD800;\n'))).toBe(hex('<ul>\n  <li>\n    <p>a</p>\n\n    <p>b \xED\xA0\x80</p>\n  </li>\n</ul>\n'));
  expect(bytes(c.convert('x[^1]\n\n[^1]: y &#xD800;\n'))).toBe(
    hex('<p>x<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p>\n\n<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:1" role="doc-endnote">\n      <p>y \xED\xA0\x80\xC2\xA0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n'),
  );
});

test("a header in HTML with markdown=1 gets its id from the converter's basic_generate_id, whose gsub fails on such bytes", () => {
  const c = createMarkdownConverter({ markdown: 'kramdown' });
  expect(() => c.convert('<div markdown="1">\n# a &#x110000;\n</div>\n', 'a.md')).toThrow("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': invalid byte sequence in UTF-8");
  expect(() => c.convert('<figcaption markdown=1># &#xD800;\n')).toThrow('invalid byte sequence in UTF-8');
  // with an id of its own, or with input: kramdown (the id comes from the reference as written)
  expect(bytes(c.convert('<div markdown="1">\n# a &#xD800; {#x}\n</div>\n'))).toBe(hex('<div>\n  <h1 id="x">a \xED\xA0\x80</h1>\n</div>\n'));
  expect(bytes(createMarkdownConverter({ kramdown: { input: 'kramdown' } }).convert('# a &#xD800;\n'))).toBe(hex('<h1 id="a-xd800">a \xED\xA0\x80</h1>\n'));
});

test('the site writes those bytes, through a layout with UTF-8 text around them', async () => {
  const source = memorySource({
    '_layouts/default.html': 'é<div>{{ content }}</div>ü\n',
    'index.md': '---\nlayout: default\n---\nx &#xD800; — y &#x110000;\n',
  });
  const { files } = await renderSite({ source, env: {}, write: false });
  const out = files.find((f) => f.path === 'index.html')!.contents;
  expect(Buffer.from(out as Uint8Array).toString('hex')).toBe(hex('\xC3\xA9<div><p>x \xED\xA0\x80 \xE2\x80\x94 y \xF4\x90\x80\x80</p>\n</div>\xC3\xBC\n'));
});
