// smartify and markdownify read `input.to_s`, whose encoding is US-ASCII for a number or an array whose first
// element is no String (Array#inspect takes its first element's encoding): kramdown then writes
// curly quotes as numeric entities. Expected values printed by Jekyll 4.3.1 (jekyll build) for the same site.
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

test('smartify of an array: entities when its inspect is US-ASCII', async () => {
  const template = `{{ site.numbers | smartify }}|{{ site.words | smartify }}|{{ site.data.h | smartify }}`;
  const files = { '_config.yml': 'numbers: [1, 2.5, "3", null, true, -4]\nwords: [b, a]\n', '_data/h.yml': '2: "x"\n', 'p.html': `---\n---\n${template}` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('[1, 2.5, &#8220;3&#8221;, nil, true, -4]|[“b”, “a”]|{2=&gt;&#8221;x&#8221;}');
});

test('markdownify of an array: the same, through the site converter', async () => {
  const template = `{{ site.numbers | markdownify }}|{{ site.words | markdownify }}|{{ site.numbers | push: "it's -- &copy;" | markdownify }}`;
  const files = { '_config.yml': 'numbers: [1, "3"]\nwords: [b, a]\n', 'p.html': `---\n---\n${template}` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe(
    '<p>[1, &#8220;3&#8221;]</p>\n|<p>[“b”, “a”]</p>\n|<p>[1, &#8220;3&#8221;, &#8220;it&#8217;s &#8211; &copy;&#8221;]</p>\n',
  );
});

// Liquid::Drop#to_s is the class name (Module#name, a US-ASCII String): the text filters keep its
// encoding, so kramdown writes entities for what smartify and markdownify make of it (Jekyll 4.3.1
// on the same templates, scripts/liquid-oracle.rb).
test('a drop whose to_s is its class name is US-ASCII text', async () => {
  const template = '{{ jekyll | truncate: 10 | markdownify }}|{% for x in (1..1) %}{{ forloop | append: "..." | smartify }}{% endfor %}|{{ "x" | prepend: jekyll | append: \' -- "q"\' | smartify }}';
  const result = await renderSite({ source: memorySource({ 'p.html': `---\n---\n${template}` }), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('<p>Jekyll:&#8230;</p>\n|Liquid::ForloopDrop&#8230;|Jekyll::Drops::JekyllDropx &#8211; &#8220;q&#8221;');
});

// StandardFilters#slice of a text out of range (String#slice is nil: an offset past the end or
// before the start, a negative length) gives its own `''` literal, a UTF-8 String, where a slice in
// range keeps `input.to_s`'s US-ASCII. Expected: Jekyll 4.3.1 (jekyll build) on the same site.
test('slice out of range is a UTF-8 empty text, in range it keeps US-ASCII', async () => {
  const template = `{{ -2 | slice: 10, 4 | append: '"x"' | smartify }}|{{ -2 | slice: 0, 0 | append: '"x"' | smartify }}|{{ -2 | slice: 2 | append: '"x"' | smartify }}|{{ -2 | slice: -3 | append: '"x"' | smartify }}|{{ 5 | slice: 0, -1 | append: '"x"' | smartify }}|{{ -2 | slice: 1 | append: '"x"' | smartify }}|{{ -2 | slice: 10, "4" | append: site.words | smartify }}|{{ "" | append: site.words | smartify }}`;
  const files = { '_config.yml': 'words: [b, a]\n', 'p.html': `---\n---\n${template}\n` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('“x”|&#8220;x&#8221;|&#8220;x&#8221;|“x”|“x”|2&#8221;x&#8221;|[“b”, “a”]|[“b”, “a”]\n');
});

// kramdown encodes its HTML back to the source's encoding (Kramdown::Converter::Base.convert,
// `result.encode!`): what smartify or markdownify make of a US-ASCII text is US-ASCII again, so a
// second smartify or markdownify writes entities too; String#split's parts keep the encoding and
// Array#join takes its first element's. A text with a non-ASCII character, or made by capture, is
// UTF-8. Expected values printed by Jekyll 4.3.1 (scripts/liquid-oracle.rb, fuzz-liquid --try).
test('smartify and markdownify give back US-ASCII text; split parts and join keep it', async () => {
  const template = [
    `{{ 3 | append: ' "a"' | smartify | smartify }}`,
    `{{ 3 | append: ' "a" --' | markdownify | strip_html | markdownify }}`,
    `{{ 3 | append: ' "a"' | smartify | markdownify }}`,
    `{{ 3 | append: ' "a" "b"' | split: " " | last | smartify }}`,
    `{{ 3 | append: ' "a" "b"' | split: " " | join: "-" | smartify }}`,
    `{{ 3 | append: ' "a"' | smartify | append: " é" | smartify }}`,
    `{% capture c %}{{ 3 | append: ' "a"' | smartify }}{% endcapture %}{{ c | smartify }}`,
    `{{ "x y" | split: " " | join: '"' | smartify }}`,
  ].join('|');
  const result = await renderSite({ source: memorySource({ 'p.html': `---\n---\n${template}` }), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe(
    '3 &#8220;a&#8221;|<p>3 &#8220;a&#8221; &#8211;</p>\n|<p>3 &#8220;a&#8221;</p>\n|&#8220;b&#8221;|3-&#8220;a&#8221;-&#8220;b&#8221;|3 “a” é|3 “a”|x”y',
  );
});

// url_decode (CGI.unescape forces UTF-8) and uri_escape (Addressable) give UTF-8 text even when
// it is the same text as their US-ASCII input: smartify then writes characters. Jekyll 4.3.1's
// output for the same template (fuzz-liquid --try).
test('url_decode and uri_escape give UTF-8 text', async () => {
  const template = [
    `{{ 3 | append: ' "a"' | url_decode | smartify }}`,
    `{{ 3 | append: ' -- a' | uri_escape | url_decode | smartify }}`,
    `{{ 3 | append: '--a' | uri_escape | smartify }}`,
    `{{ 3 | append: ' "a"' | default: "x" | smartify }}`,
    `{{ 3 | append: ' "a"' | url_decode | append: "--" | smartify }}`,
  ].join('|');
  const result = await renderSite({ source: memorySource({ 'p.html': `---\n---\n${template}` }), env: FIXED_ENV, write: false });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('3 “a”|3 – a|3–a|3 &#8220;a&#8221;|3 “a”–');
});
