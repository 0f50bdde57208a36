// Where Page, Document and StaticFile#destination write a URL; rows from Jekyll 4.3.1 runs
// (fixture fid16c-static-unescape).
import { urlDestination } from '../../lib/url/url-to-path.js';

describe('urlDestination (in_dest_dir(dest, URL.unescape_path(url)), run against Jekyll 4.3.1)', () => {
  test.each([
    ['/assets/a%20b.txt', 'assets/a b.txt'],
    ['/assets/p%2Fq.txt', 'assets/p/q.txt'],
    ['/%2E%2E%2Fup.txt', 'up.txt'],
    ['/assets/x%2F..%2Fz.txt', 'assets/z.txt'],
    ['/sub/x%2F..%2F..%2F..%2Fy.txt', 'y.txt'],
    ['/bad%ZZ.txt', 'bad%ZZ.txt'],
    ['/assets/%7Etilde.txt', 'assets/~tilde.txt'],
  ])('%s is written at %s', (url, path) => {
    expect(urlDestination(url)).toBe(path);
  });
});
