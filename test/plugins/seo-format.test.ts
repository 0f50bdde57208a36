import { createSeoFormatter, isPlainLine, isRawParagraphs, plainLineFull } from '../../lib/plugins/seo/format.js';
import { SeoValues } from '../../lib/plugins/seo/drop.js';
import { jsonLd } from '../../lib/plugins/seo/json-ld.js';
import { createMarkdownConverter } from '../../lib/markdown/index.js';
import { escapeOnce, normalizeAndEscapeOnce, normalizeWhitespace, stripHtml } from '../../lib/plugins/shared/text.js';

const kramdown = createMarkdownConverter({ markdown: 'kramdown' });
// drop.rb#format_string the long way: always through the converter.
const full = (text: string): string | undefined => {
  const s = escapeOnce(normalizeWhitespace(stripHtml(kramdown.convert(text))));
  return s === '' ? undefined : s;
};

/** A formatter whose markdownify counts its calls. */
function counting(config: Record<string, unknown> = { markdown: 'kramdown' }) {
  const calls: string[] = [];
  const format = createSeoFormatter((t) => {
    calls.push(t);
    return kramdown.convert(t);
  }, config);
  return { format, calls };
}

describe('{% seo %} format_string shortcuts', () => {
  // Titles kramdown writes as one paragraph of the same text (checked against Jekyll 4.3.1,
  // fixture site seo5-format-paths, and a few thousand generated strings).
  const plain = [
    'Weekly notes: guidance & R&D, 2024. Q1 (up) 5% @home #1 a-b',
    '中文标题：副标题（一）',
    'Ends with a colon:',
    'Numbers 3.14 and 2.0.1 / slash',
    'Curly “quotes” and … already typographic',
    'Café e\u0301 Ⅻ²',
  ];
  test.each(plain)('a plain line is not converted: %s', (text) => {
    const { format, calls } = counting();
    expect(format(text)).toBe(full(text));
    expect(calls).toEqual([]);
  });

  // isPlainLine asks a regex of fewer letters first (no \p{...} classes to compile): the same answers.
  test('isPlainLine answers as PLAIN_LINE on generated lines', () => {
    let seed = 3;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const pieces = ['a', 'Z', '7', '1.', '中', '文', '龥', '\u9ff0', 'é', 'e\u0301', 'Ⅻ', '²', '😀', 'ア', '한', ' ', '  ', ':', ': ', '.', '..', '-', '--', '&', ';', '，', '。', '“', '<', '#', '*', '_', '\t', '\u3000'];
    let plain = 0;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let n = next(6); n > 0; n--) s += pieces[next(pieces.length)];
      if (plainLineFull().test(s)) plain++;
      expect([s, isPlainLine(s)]).toEqual([s, plainLineFull().test(s)]);
    }
    expect(plain).toBeGreaterThan(1000);
  });

  // Markup, typography, entities and block starts: converted, as Jekyll does.
  const converted = [
    ['2024. Year in review', 'Year in review'],
    ['1. Looks like a list', 'Looks like a list'],
    ['- item', 'item'],
    ['Smile :smile: and colons:', 'Smile :smile: and colons:'],
    ['Fish &amp; chips; more & less', 'Fish &amp; chips; more &amp; less'],
    ["Rock 'n' roll -- and \"quotes\"...", 'Rock ‘n’ roll – and “quotes”…'],
    ['A title with *emphasis* and `code`', 'A title with emphasis and code'],
    ['# Heading', 'Heading'],
    ['a  <b>tag</b>', 'a tag'],
  ];
  test.each(converted)('markup goes through markdownify: %s', (text, expected) => {
    const { format, calls } = counting();
    expect(format(text)).toBe(expected);
    expect(format(text)).toBe(full(text));
    expect(calls).toEqual([text]);
  });

  const paragraphs = [
    '<p>Plain text.</p>\n',
    '<p>First <em>post</em> with ‘quotes’ &amp; <b>bold</b>, *stars* -- and "quotes".</p>\n<p class="em_media x-y">（来源）</p>\n',
    '<p>A <a href="https://example.org/?a=1&amp;b=2" title="t">link</a><br />line <img src="/i.png" alt="i" /> &foo; R&D</p>\n',
    '<p><strong>s <em>t</em></strong><code>&lt;div&gt;</code></p>\n',
    // paragraphs of text alone (read in one step) before, between and after ones with tags
    '<p>One.</p>\n<p>Two &amp; "three" \t four \u00a0five</p>\n<p>Six <em>seven</em></p>\n<p class="c">Eight</p>\n<p>段落，九。</p>\n',
    '<p>Ends with a space </p>\n<p></p>\n<p> Starts with one</p>\n',
  ];
  test.each(paragraphs)('HTML paragraphs as kramdown writes them are not converted again: %j', (text) => {
    expect(isRawParagraphs(text)).toBe(true);
    const { format, calls } = counting();
    expect(format(text)).toBe(full(text));
    expect(calls).toEqual([]);
  });

  const notRaw = [
    '<p>Text</p>', // no final newline
    ' <p>Indented</p>\n',
    '<p>a</p><p>b</p>\n',
    '<p>Unclosed <em>em</p>\n',
    '<p>Stray </em> close</p>\n',
    '<p>Bare > sign</p>\n',
    '<p><div>block</div></p>\n',
    '<p><span markdown="1">*md*</span></p>\n',
    '<p>A <!-- comment --></p>\n',
    '<ul>\n<li>list</li>\n</ul>\n',
    '<p>Two\nlines</p>\n',
    '<p class="a\rb">CR in an attribute</p>\n',
    '<p>Text</p>\n<p>then more',
    '<p>Plain.</p>\n<p>Then a bare > sign</p>\n',
    '<p>Plain.</p>\n<p>Unclosed',
    '<p>Plain.</p>\r\n',
    '<p>Plain.</p>\n\n',
    '<p>Plain.</p>\n<p>Then </b> a stray close</p>\n',
  ];
  test.each(notRaw)('anything else is converted: %j', (text) => {
    expect(isRawParagraphs(text)).toBe(false);
    const { format, calls } = counting();
    expect(format(text)).toBe(full(text));
    expect(calls).toEqual([text]);
  });

  test('with parse_block_html, HTML paragraphs are converted (their content is Markdown then)', () => {
    const { format, calls } = counting({ markdown: 'kramdown', kramdown: { parse_block_html: true } });
    const text = '<p>Some *stars* here.</p>\n';
    format(text);
    expect(calls).toEqual([text]);
    format('Plain title');
    expect(calls).toEqual([text]);
  });

  test('another Markdown processor always converts', () => {
    const { format, calls } = counting({ markdown: 'CommonMark' });
    format('Plain title');
    format('<p>Text.</p>\n');
    expect(calls).toEqual(['Plain title', '<p>Text.</p>\n']);
  });

  test('a text is formatted once per build', () => {
    const { format, calls } = counting();
    expect(format('Site *title*')).toBe('Site title');
    expect(format('Site *title*')).toBe('Site title');
    expect(calls).toEqual(['Site *title*']);
  });
});

describe('SeoValues', () => {
  const input = (page: unknown) => ({
    page,
    site: { title: 'Site', description: 'About' },
    paginator: null,
    config: { url: 'https://example.org', baseurl: '' },
    markup: '',
    markdownify: (t: string) => kramdown.convert(t),
  });

  test('the excerpt is not read when the page has a description (drop.rb: description || excerpt)', () => {
    let reads = 0;
    const page = {
      description: 'Given',
      get excerpt() {
        reads++;
        return '<p>Excerpt</p>\n';
      },
    };
    expect(new SeoValues(input(page)).description).toBe('Given');
    expect(reads).toBe(0);
    const noDescription = {
      get excerpt() {
        reads++;
        return '<p>Excerpt</p>\n';
      },
    };
    const seo = new SeoValues(input(noDescription));
    expect(seo.description).toBe('Excerpt');
    expect(seo.description).toBe('Excerpt');
    expect(reads).toBe(1);
  });

  test('JSON-LD keeps nil values of a hash as null, keys sorted', () => {
    const page = { title: 'T', url: '/t.html', image: { path: '/i.png', width: null, alt: 'A "q"' } };
    expect(jsonLd(new SeoValues(input(page)))).toBe(
      '{"@context":"https://schema.org","@type":"WebPage","description":"About","headline":"T",' +
        '"image":{"width":null,"alt":"A \\"q\\"","url":"https://example.org/i.png","@type":"imageObject"},"url":"https://example.org/t.html"}',
    );
  });

  // Values without an undefined anywhere are written without the replacer (its fast path);
  // those with one, or with a toJSON, keep it, as the replacer writes them.
  test.each([
    [[{ name: 'a', url: undefined }], '[{"name":"a","url":null}]'],
    [[['x', { deep: { v: undefined } }]], '[["x",{"deep":{"v":null}}]]'],
    [['a', undefined], '["a",null]'],
    [[{ toJSON: () => ({ v: undefined }) }], '[{"v":null}]'],
    [[{ name: 'a', n: 1, ok: true, none: null }], '[{"name":"a","n":1,"ok":true,"none":null}]'],
  ])('JSON-LD sameAs %j is written as %s', (links, json) => {
    const page = { title: 'T', url: '/t.html', seo: { links } };
    expect(jsonLd(new SeoValues(input(page)))).toContain(`"sameAs":${json},`);
  });

  // The author and mainEntityOfPage hashes are written member by member: as JSON.stringify
  // writes json_ld_drop.rb's hashes ({"@type", "name", "url"} and {"@type", "@id"}).
  test.each([
    [{ name: 'Ann' }, { '@type': 'Person', name: 'Ann' }],
    [{ name: 'Ann "A"', url: 'https://a.example/', type: 'Organization' }, { '@type': 'Organization', name: 'Ann "A"', url: 'https://a.example/' }],
    [{ name: 42, url: false }, { '@type': 'Person', name: 42 }],
    [{ name: ['a', 'b'], twitter: 'x' }, { '@type': 'Person', name: ['a', 'b'] }],
    [{ name: 'Ann', type: 'Robot' }, undefined],
  ])('JSON-LD author of %j', (author, hash) => {
    const page = { title: 'T', url: '/t.html', date: new Date(Date.UTC(2020, 0, 2)), author };
    const out = jsonLd(new SeoValues(input(page)));
    if (hash === undefined) expect(out).not.toContain('"author"');
    else expect(out).toContain(`"author":${JSON.stringify(hash)},`);
    expect(out).toContain(`"mainEntityOfPage":${JSON.stringify({ '@type': 'WebPage', '@id': 'https://example.org/t.html' })},`);
  });

  // Strings are quoted as they are unless they hold what JSON.stringify escapes.
  test.each(['BlogPosting', '中文 類型', 'a"b', 'back\\slash', 'ctl\u0001\u001f', 'tab\t', 'lone \ud800 and \udfff', 'emoji 😀', 'sep \u2028 \u2029', 'del \u007f'])(
    'JSON-LD writes the string %j as JSON.stringify does',
    (type) => {
      const page = { title: 'T', url: '/t.html', seo: { type } };
      expect(jsonLd(new SeoValues(input(page)))).toContain(`"@type":${JSON.stringify(type)},`);
    },
  );
});

describe('normalizeAndEscapeOnce', () => {
  // escape_once(normalize_whitespace(s)), spelled out as two passes
  const twoPasses = (s: string) => escapeOnce(normalizeWhitespace(s));
  const pieces = [' ', '  ', '\n', '\t', '\r\n', '\f', '\v', '\u00a0', '&', '&amp;', '&#39;', '&#x27;', '&nbsp', ';', '<', '>', '"', "'", 'a', 'Z', '9', '#', '中文', 'é'];
  it('equals escape_once after normalize_whitespace on random text', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      let s = '';
      for (let n = Math.floor(next() * 12); n > 0; n--) s += pieces[Math.floor(next() * pieces.length)];
      expect(normalizeAndEscapeOnce(s)).toBe(twoPasses(s));
    }
  });
  it.each(['', ' ', '   ', ' a ', '\na\n', 'a & b', '&amp; &lt;', '& amp;', '&a b;', 'a  b', 'a \t\n b', '\t x \t', ' \ta', 'a\t ', 'one two three'])('%j', (s) => {
    expect(normalizeAndEscapeOnce(s)).toBe(twoPasses(s));
  });
});
