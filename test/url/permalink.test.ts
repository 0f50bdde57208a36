// One row per permalink style and placeholder. Expected URLs come from Jekyll 4.3.1 builds of a
// scratch site (TZ=UTC, no `timezone`), never from guesses.
import { parsePost } from '../../lib/read/parse-post.js';
import { parsePage } from '../../lib/read/parse-page.js';
import { addDefaultCollections } from '../../lib/config/load-config.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { SiteConfig } from '../../lib/types.js';

const time = new JekyllTime(1767225600000, 0);
const config = (permalink: string, timezone?: string): Partial<SiteConfig> =>
  addDefaultCollections({ permalink, timezone, collections: {}, markdown_ext: 'markdown,mkdown,mkdn,mkd,md' }) as Partial<SiteConfig>;
const post = (path: string, frontMatter: string, permalink = 'date', timezone?: string) =>
  parsePost(`---\n${frontMatter}---\nbody\n`, { path, config: config(permalink, timezone), time });

const WK =
  'permalink: /:w_year/:week/:w_day/:short_day/:long_day/:y_day/:i_month/:i_day/:short_month/:long_month/:short_year/:hour/:minute/:second/:name/:slug/:title/:categories/:slugified_categories/:collection/:path:output_ext\n' +
  'date: 2019-12-30 01:02:03 +0000\ncategories: [A b, C]\n';

// [style, path, front matter, url, output path]
const styles: Array<[string, string, string, string, string]> = [
  ['date', '_posts/2021-01-03-plain.md', '', '/2021/01/03/plain.html', '2021/01/03/plain.html'],
  ['date', '_posts/2021-01-03-cats.md', 'categories: [Hello World, "C++"]\n', '/hello%20world/c++/2021/01/03/cats.html', 'hello world/c++/2021/01/03/cats.html'],
  ['date', 'news/_posts/2020-04-04-folder.md', '', '/news/2020/04/04/folder.html', 'news/2020/04/04/folder.html'],
  ['date', '_posts/2021-03-04-Hello,-World!-Ümlaut.md', '', '/2021/03/04/Hello,-World!-%C3%9Cmlaut.html', '2021/03/04/Hello,-World!-Ümlaut.html'],
  ['date', '_posts/2021-07-07-slug-fm.md', 'slug: Some Slug.Here\n', '/2021/07/07/Some-Slug.Here.html', '2021/07/07/Some-Slug.Here.html'],
  ['pretty', '_posts/2021-01-03-plain.md', '', '/2021/01/03/plain/', '2021/01/03/plain/index.html'],
  ['pretty', '_posts/2021-01-03-cats.md', 'categories: [Hello World, "C++"]\n', '/hello%20world/c++/2021/01/03/cats/', 'hello world/c++/2021/01/03/cats/index.html'],
  ['ordinal', '_posts/2021-01-03-plain.md', '', '/2021/003/plain.html', '2021/003/plain.html'],
  ['ordinal', '_posts/2021-12-31-tz-ny.md', 'date: 2021-12-31 22:00:00 -0500\n', '/2022/001/tz-ny.html', '2022/001/tz-ny.html'],
  ['weekdate', '_posts/2021-01-03-plain.md', '', '/2021/W53/Sun/plain.html', '2021/W53/Sun/plain.html'],
  ['weekdate', '_posts/2021-12-31-tz-ny.md', 'date: 2021-12-31 22:00:00 -0500\n', '/2022/W52/Sat/tz-ny.html', '2022/W52/Sat/tz-ny.html'],
  ['none', '_posts/2021-01-03-plain.md', '', '/plain.html', 'plain.html'],
  ['none', '_posts/2021-01-03-cats.md', 'categories: [Hello World, "C++"]\n', '/hello%20world/c++/cats.html', 'hello world/c++/cats.html'],
  ['/:categories/:title/', '_posts/2021-01-03-cats.md', 'categories: [Hello World, "C++"]\n', '/hello%20world/c++/cats/', 'hello world/c++/cats/index.html'],
  ['/:year/:title', '_posts/2021-01-03-plain.md', '', '/2021/plain', '2021/plain.html'],
  ['date', '_posts/2019-12-30-wk.md', WK,
    '/2020/01/1/Mon/Monday/364/12/30/Dec/December/19/01/02/03/2019-12-30-wk/wk/wk/a%20b/c/a-b/c/posts/2019-12-30-wk.html',
    '2020/01/1/Mon/Monday/364/12/30/Dec/December/19/01/02/03/2019-12-30-wk/wk/wk/a b/c/a-b/c/posts/2019-12-30-wk.html'],
  ['date', '_posts/2020-02-29-month_.md', 'permalink: /:month_:day/:title\n', '/02_29/month_', '02_29/month_.html'],
  ['date', '_posts/2020-03-01-pagepath.md', 'permalink: /x/:path/\n', '/x/2020-03-01-pagepath/', 'x/2020-03-01-pagepath/index.html'],
];

describe('post permalinks', () => {
  test.each(styles)('%s: %s %j', (style, path, fm, url, outputPath) => {
    const p = post(path, fm, style);
    expect(p.url).toBe(url);
    expect(p.outputPath).toBe(outputPath);
  });

  test('id keeps the raw slug', () => {
    expect(post('_posts/2021-07-07-slug-fm.md', 'slug: Some Slug.Here\n').id).toBe('/2021/07/07/Some Slug.Here');
    expect(post('_posts/2021-03-04-Hello,-World!-Ümlaut.md', '').id).toBe('/2021/03/04/Hello,-World!-Ümlaut');
  });

  test('the ISO week placeholders in another zone', () => {
    const p = post('_posts/2019-12-30-wk.md', WK, 'date', 'America/New_York');
    expect(p.url).toBe('/2019/52/7/Sun/Sunday/363/12/29/Dec/December/19/20/02/03/2019-12-30-wk/wk/wk/a%20b/c/a-b/c/posts/2019-12-30-wk.html');
  });

  test('an unknown placeholder is an error, kept until the URL is needed (Document#url is lazy)', () => {
    expect(post('_posts/2021-01-01-x.md', 'permalink: /:nope/\n').urlError?.message).toMatch("The URL template doesn't have nope keys");
  });
});

// [style, path, front matter, url, output path]
const pages: Array<[string, string, string, string, string]> = [
  ['date', 'about.md', 'permalink: /about/\n', '/about/', 'about/index.html'],
  ['date', 'plain.md', '', '/plain.html', 'plain.html'],
  ['pretty', 'plain.md', '', '/plain/', 'plain/index.html'],
  ['/:categories/:title/', 'plain.md', '', '/plain/', 'plain/index.html'],
  ['/:year/:title', 'plain.md', '', '/plain', 'plain.html'],
  ['date', 'sub/ph.md', 'permalink: /:path/:basename:output_ext/:title\n', '/sub/ph.html/:title', 'sub/ph.html/:title.html'],
  ['date', 'sub/feed.xml', '', '/sub/feed.xml', 'sub/feed.xml'],
  ['pretty', 'sub/index.md', '', '/sub/', 'sub/index.html'],
  // sites/permalink-pretty
  ['pretty', 'guide/placeholders.md', 'permalink: /custom/:path/:basename:output_ext\n', '/custom/guide/placeholders.html', 'custom/guide/placeholders.html'],
  ['pretty', 'guide/placeholders-slash.md', 'permalink: /custom2/:basename/\n', '/custom2/placeholders-slash/', 'custom2/placeholders-slash/index.html'],
  ['pretty', 'xml-ending.md', 'permalink: /data/export.xml\n', '/data/export.xml', 'data/export.xml'],
  ['pretty', 'no-extension.md', 'permalink: /plain-no-ext\n', '/plain-no-ext', 'plain-no-ext.html'],
  ['pretty', '关于我们.md', '', '/%E5%85%B3%E4%BA%8E%E6%88%91%E4%BB%AC/', '关于我们/index.html'],
];

describe('page permalinks', () => {
  test.each(pages)('%s: %s %j', (style, path, fm, url, outputPath) => {
    const page = parsePage(`---\n${fm}---\n`, { path, config: config(style) });
    expect(page.url).toBe(url);
    expect(page.outputPath).toBe(outputPath);
  });
});
