import { dateToXmlSchema } from '../../lib/plugins/shared/dates.js';
import { markdownToHtml } from '../../lib/markdown/index.js';
import { smartify } from '../../lib/markdown/smartify.js';

const markdownify = (text: string): string => markdownToHtml(text);
import { escapeOnce, normalizeWhitespace, stripHtml, xmlEscape } from '../../lib/plugins/shared/text.js';
import { absoluteUrl, normalizeUrl, relativeUrl, uriEscape } from '../../lib/url/jekyll-url.js';

describe('url filters as Jekyll and Addressable compute them', () => {
  test.each([
    // Addressable::URI.parse(...).normalize.to_s, from Ruby
    ['https://a.COM/中文 x/%7e%41?q=é#f g', 'https://a.com/%E4%B8%AD%E6%96%87%20x/~A?q=%C3%A9#f%20g'],
    ['https://a.com:443/x/../y', 'https://a.com/y'],
  ])('normalizeUrl(%s)', (input, expected) => expect(normalizeUrl(input)).toBe(expected));

  test('uri_escape', () => expect(uriEscape('/assets/my img é.png')).toBe('/assets/my%20img%20%C3%A9.png'));

  test('relative_url and absolute_url', () => {
    expect(relativeUrl('about/', { baseurl: '/site/' })).toBe('/site/about/');
    expect(relativeUrl('/', { baseurl: '' })).toBe('/');
    expect(absoluteUrl('/feed.xml', { url: 'https://x.org', baseurl: '/b' })).toBe('https://x.org/b/feed.xml');
    expect(absoluteUrl('/feed.xml', { baseurl: '/b' })).toBe('/b/feed.xml');
    expect(absoluteUrl('https://cdn.org/a b', { url: 'https://x.org' })).toBe('https://cdn.org/a b');
  });
});

describe('string filters', () => {
  test('escape_once keeps entities', () => expect(escapeOnce(`a & b &amp; <"'> &#39; &#x27;`)).toBe('a &amp; b &amp; &lt;&quot;&#39;&gt; &#39; &amp;#x27;'));
  test('xml_escape escapes the apostrophe as &apos;', () => expect(xmlEscape(`a'b"<>&`)).toBe('a&apos;b&quot;&lt;&gt;&amp;'));
  test('strip_html and normalize_whitespace', () => {
    expect(normalizeWhitespace(stripHtml('<p>a\n <!-- c --> b</p>\u3000<script>x</script>'))).toBe('a b\u3000');
  });
});

describe('markdownify and smartify as kramdown 2.4.0 writes them', () => {
  test.each([
    ['Fish & Chips <review> "best"', '<p>Fish &amp; Chips <review> "best"</review></p>\n'],
    ['a <em>"x"</em> "y"', '<p>a <em>“x”</em> “y”</p>\n'],
    ['a <foo>"x"</foo> "z"', '<p>a <foo>"x"</foo> “z”</p>\n'],
    ['Tom\'s "quote" -- ok...', '<p>Tom’s “quote” – ok…</p>\n'],
  ])('markdownify(%s)', (input, expected) => expect(markdownify(input)).toBe(expected));

  test('smartify', () => expect(smartify('Oracle & Co\'s "Site" --- \'99s')).toBe('Oracle &amp; Co’s “Site” — ’99s'));
});

describe('date_to_xmlschema in the site zone', () => {
  test('strings are read in the zone, times shown in it', () => {
    expect(dateToXmlSchema('2022-05-01', 'Asia/Shanghai')).toBe('2022-05-01T00:00:00+08:00');
    expect(dateToXmlSchema('2022-05-01 12:00:00 +0000', 'Asia/Shanghai')).toBe('2022-05-01T20:00:00+08:00');
    expect(dateToXmlSchema(new Date(Date.UTC(2022, 0, 1)), 'America/New_York')).toBe('2021-12-31T19:00:00-05:00');
    expect(dateToXmlSchema(undefined)).toBe('');
  });
  // DateFilters#date_to_xmlschema: `date.to_s.empty?` gives the input back, DateFilters#time raises on the rest.
  test('a blank value is empty; a value that is no date stops as the filter does', () => {
    expect(dateToXmlSchema('')).toBe('');
    expect(dateToXmlSchema(null)).toBe('');
    expect(() => dateToXmlSchema('yesterday')).toThrow('Invalid Date: \'"yesterday"\' is not a valid datetime.');
    expect(() => dateToXmlSchema(true)).toThrow('Invalid Date: \'true\' is not a valid datetime.');
    expect(() => dateToXmlSchema([])).toThrow('Invalid Date: \'[]\' is not a valid datetime.');
  });
});

// Outputs of Jekyll 4.3.1's SmartyPants converter (the smartify filter).
describe('smartify like Jekyll::Converters::SmartyPants', () => {
  test.each([
    ['Fish & Chips <review> "best"', 'Fish &amp; Chips <review> "best"\n</review>'],
    ['a <em>"x"</em> << b >> "c"\'s', 'a <em>“x”</em> «\u00a0b\u00a0» “c”’s'],
    ['x &hellip; &quot;q&quot; &#8217; &lt;', 'x … "q" ’ &lt;'],
  ])('%s', (input, expected) => expect(smartify(input)).toBe(expected));
});
