// Expected values from Jekyll 4.3.1's URLFilters#relative_url and #absolute_url (ruby -rjekyll), never guessed.
// Plain paths take normalizeUrl's shortcut; the others (dot segments, `//`,
// `%XX`, non-ASCII, query) take Addressable's full normalization.
import { absoluteUrl, normalizeUrl, relativeUrl } from '../../lib/url/jekyll-url.js';

const rows: Array<[string, string, string]> = [
  ['', '/2015/01/04/a-b_c.html', '/2015/01/04/a-b_c.html'],
  ['', '/a/./b', '/a/b'],
  ['', '/a/../b/', '/b/'],
  ['', '//host/x', '//host/x'],
  ['', '/%7e/%2f', '/~/%2F'],
  ['', '/é/x y', '/%C3%A9/x%20y'],
  ['', '', ''],
  ['', 'about', '/about'],
  ['', '/a//b', '/a//b'],
  ['', '/a?x=1#f', '/a?x=1#f'],
  ['', '/tag/c++/', '/tag/c++/'],
  ['', '/x:y@z/', '/x:y@z/'],
  ['/blog', '/2015/01/04/a-b_c.html', '/blog/2015/01/04/a-b_c.html'],
  ['/blog', '/a/./b', '/blog/a/b'],
  ['/blog', '/a/../b/', '/blog/b/'],
  ['/blog', '//host/x', '/blog//host/x'],
  ['/blog', '/%7e/%2f', '/blog/~/%2F'],
  ['/blog', '/é/x y', '/blog/%C3%A9/x%20y'],
  ['/blog', '', '/blog'],
  ['/blog', 'about', '/blog/about'],
  ['/blog', '/a//b', '/blog/a//b'],
  ['/blog', '/a?x=1#f', '/blog/a?x=1#f'],
  ['/blog', '/tag/c++/', '/blog/tag/c++/'],
  ['/blog', '/x:y@z/', '/blog/x:y@z/'],
  // Addressable: an empty query or fragment is nil (minimal-mistakes' `"" | prepend: "#"` category links)
  ['/blog', '/categories/#', '/blog/categories/'],
  ['/blog', '/a/?', '/blog/a/'],
  ['/blog', '/a?#', '/blog/a'],
  ['/blog', '/a/#x', '/blog/a/#x'],
  ['/blog', '/a?&', '/blog/a?&'],
  ['/blog', '/a?x#', '/blog/a?x'],
  ['/blog', '#', '/blog/'],
  ['/blog', '?', '/blog/'],
];

describe('relativeUrl', () => {
  test.each(rows)('baseurl %j, %j → %j', (baseurl, input, expected) => {
    expect(relativeUrl(input, { baseurl })).toBe(expected);
  });
});

// absolute_url: a lower-case scheme://host with a plain path takes the shortcut;
// upper case, default ports, no path, `//` or dot segments are normalized.
const absolute: Array<[string, string, string]> = [
  ["https://finews.example.com", "/2015/01/04/a.html", "https://finews.example.com/2015/01/04/a.html"],
  ["https://finews.example.com", "/", "https://finews.example.com/"],
  ["https://finews.example.com", "", "https://finews.example.com/"],
  ["https://finews.example.com", "/a/./b", "https://finews.example.com/a/b"],
  ["https://finews.example.com", "/é", "https://finews.example.com/%C3%A9"],
  ["https://finews.example.com", "about", "https://finews.example.com/about"],
  ["https://finews.example.com", "//x/y", "https://finews.example.com//x/y"],
  ["http://Example.COM:80", "/2015/01/04/a.html", "http://example.com/2015/01/04/a.html"],
  ["http://Example.COM:80", "/", "http://example.com/"],
  ["http://Example.COM:80", "", "http://example.com/"],
  ["http://Example.COM:80", "/a/./b", "http://example.com/a/b"],
  ["http://Example.COM:80", "/é", "http://example.com/%C3%A9"],
  ["http://Example.COM:80", "about", "http://example.com/about"],
  ["http://Example.COM:80", "//x/y", "http://example.com//x/y"],
  ["https://h.example:443", "/2015/01/04/a.html", "https://h.example/2015/01/04/a.html"],
  ["https://h.example:443", "/", "https://h.example/"],
  ["https://h.example:443", "", "https://h.example/"],
  ["https://h.example:443", "/a/./b", "https://h.example/a/b"],
  ["https://h.example:443", "/é", "https://h.example/%C3%A9"],
  ["https://h.example:443", "about", "https://h.example/about"],
  ["https://h.example:443", "//x/y", "https://h.example//x/y"],
  ["https://h.example:8080", "/2015/01/04/a.html", "https://h.example:8080/2015/01/04/a.html"],
  ["https://h.example:8080", "/", "https://h.example:8080/"],
  ["https://h.example:8080", "", "https://h.example:8080/"],
  ["https://h.example:8080", "/a/./b", "https://h.example:8080/a/b"],
  ["https://h.example:8080", "/é", "https://h.example:8080/%C3%A9"],
  ["https://h.example:8080", "about", "https://h.example:8080/about"],
  ["https://h.example:8080", "//x/y", "https://h.example:8080//x/y"],
  ["HTTPS://x.y", "/2015/01/04/a.html", "https://x.y/2015/01/04/a.html"],
  ["HTTPS://x.y", "/", "https://x.y/"],
  ["HTTPS://x.y", "", "https://x.y/"],
  ["HTTPS://x.y", "/a/./b", "https://x.y/a/b"],
  ["HTTPS://x.y", "/é", "https://x.y/%C3%A9"],
  ["HTTPS://x.y", "about", "https://x.y/about"],
  ["HTTPS://x.y", "//x/y", "https://x.y//x/y"],
  ["https://h.example", "/categories/#", "https://h.example/categories/"],
  ["https://h.example", "/a?x#", "https://h.example/a?x"],
];

describe('absoluteUrl', () => {
  test.each(absolute)('url %j, %j → %j', (url, input, expected) => {
    expect(absoluteUrl(input, { url, baseurl: '' })).toBe(expected);
  });
});

// Addressable::URI.parse(u).normalize.to_s (addressable 2.8.1, Jekyll 4.3.1's), printed by Ruby:
// segments, query pairs and the fragment are decoded, NFKC-normalized and encoded again with
// their own classes; the path is stripped; a non-ASCII host is IDNA-encoded.
const addressable: Array<[string, string]> = [
  ['/2023/12/31/今日此时所想之事（三）', '/2023/12/31/%E4%BB%8A%E6%97%A5%E6%AD%A4%E6%97%B6%E6%89%80%E6%83%B3%E4%B9%8B%E4%BA%8B(%E4%B8%89)'],
  ['/a/%EF%BC%88x%EF%BC%89/', '/a/(x)/'],
  ['/a/%2f/%2Fb/%41%7e/', '/a/%2F/%2Fb/A~/'],
  ['/a%/b%zz/', '/a%25/b%25zz/'],
  ['/a/%FF/x#?[]/', '/a/%FF/x#?%5B%5D/'],
  ['/p?q=a;b&c=（d）+e%2b%2B%20f%25#frag;&（x）', '/p?q=a%3Bb&c=(d)+e%2B%2B%20f%25#frag;&(x)'],
  ['/p?a=%FF#y', '/p?a=%FF#y'],
  ['http://EXAMPLE.com:80/a/./b/../c/ ', 'http://example.com/a/c/'],
  [' /lead/trail ', '/lead/trail'],
  ['/ﬁ/①/Ａ/', '/fi/1/A/'],
  ['https://例子.中国/路径', 'https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84'],
  ['/a b/c\u3000d/', '/a%20b/c%20d/'],
  ['http://a.com:/x', 'http://a.com/x'],
  ['HTTP://Ex.com./', 'http://ex.com/'],
  ['http://User@Ex.com:8080/', 'http://User@ex.com:8080/'],
  ['ftp://x.com:21/', 'ftp://x.com/'],
  ['https://MÜNCHEN.de/a', 'https://xn--mnchen-3ya.de/a'],
  ['http://a%41.com/', 'http://aA.com/'],
  ['https://ex.com/a%2b?b=%2b&c=%2B#%2b', 'https://ex.com/a+?b=%2B&c=%2B#+'],
];

describe('normalizeUrl', () => {
  test.each(addressable)('%j → %j', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});
