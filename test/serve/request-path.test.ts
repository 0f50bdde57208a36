// Request paths as WEBrick reads them before Jekyll's servlet sees them (HTTPRequest#parse,
// HTTPUtils.normalize_path). Each row was checked against `jekyll serve` 4.3.1 with curl --path-as-is.
import { escapePath, requestTarget } from '../../lib/serve/request-path.js';

describe('requestTarget', () => {
  test.each([
    ['/', '/', ''],
    ['/index.html?x=1', '/index.html', '?x=1'],
    ['/assets/../index.html', '/index.html', ''],
    ['/assets/./../index.html', '/index.html', ''],
    ['/x/../blog/index.html', '/blog/index.html', ''],
    ['/a/b/../../index.html', '/index.html', ''],
    ['/linkdir/..', '/', ''],
    ['/assets/..?q=1', '/', '?q=1'],
    ['//blog//index.html', '/blog/index.html', ''],
    ['/./index.html', '/index.html', ''],
    ['/%2e/index.html', '/index.html', ''],
    ['/...', '/...', ''],
    ['/%E4%B8%AD%E6%96%87/', '/中文/', ''],
    ['/sp%20ace', '/sp ace', ''],
    ['/a%2Fb', '/a/b', ''],
    ['/index.html#frag', '/index.html', ''],
    ['http://evil/blog/index.html', '/blog/index.html', ''],
  ])('%s is %s', (url, path, query) => {
    expect(requestTarget(url)).toEqual({ path, query });
  });

  // WEBrick: "bad URI `/../x'." with status 400; kyll answered 404 before.
  test.each([
    '/../x',
    '/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/blog/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/a/../../x',
    '/..',
    'http://evil/../../etc/passwd',
    '/..\\..\\etc\\passwd',
    '/%zz',
    '/%A',
    '/é',
    '/a b',
    '/a[b',
  ])('%s is a bad URI', (url) => {
    expect(requestTarget(url)).toBeUndefined();
  });

  test('a %XX that is no UTF-8 is kept as a name no file has', () => {
    expect(requestTarget('/x%FFy')?.path).toBe('/x\uFFFDy');
  });
});

test('escapePath escapes all but unreserved characters and :@&=+$, in each segment', () => {
  expect(escapePath('/中文/sp ace/a;b?c#d%e/:@&=+$,-_.!~*\'()/')).toBe("/%E4%B8%AD%E6%96%87/sp%20ace/a%3Bb%3Fc%23d%25e/:@&=+$,-_.!~*'()/");
});
