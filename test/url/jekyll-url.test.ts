// Expected values from Jekyll 4.3.1's URLFilters#relative_url (ruby -rjekyll), never guessed.
// Plain paths take normalizeUrl's shortcut; the others (dot segments, `//`,
// `%XX`, non-ASCII, query) take Addressable's full normalization.
import { relativeUrl } from '../../lib/url/jekyll-url.js';

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
];

describe('relativeUrl', () => {
  test.each(rows)('baseurl %j, %j → %j', (baseurl, input, expected) => {
    expect(relativeUrl(input, { baseurl })).toBe(expected);
  });
});
