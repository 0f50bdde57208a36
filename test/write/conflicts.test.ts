// Outputs that share a path: Jekyll writes pages, then static files, then documents
// (Site#each_site_file), so the last of those is what stays on disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, fsSource, memorySource, renderSite } from '../../lib/index.js';
import { inWriteOrder, WRITE_RANK } from '../../lib/write/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

test('inWriteOrder moves only the outputs sharing a path, into their write order', () => {
  const e = [
    { p: 'a', r: WRITE_RANK.document, id: 1 },
    { p: 'x', r: WRITE_RANK.document, id: 2 },
    { p: 'a', r: WRITE_RANK.page, id: 3 },
    { p: 'a', r: WRITE_RANK.static, id: 4 },
    { p: 'b', r: WRITE_RANK.page, id: 5 },
  ];
  expect(inWriteOrder(e, (x) => x.p, (x) => x.r).map((x) => x.id)).toEqual([3, 2, 4, 1, 5]);
});

test('inWriteOrder asks no rank when no two outputs share a path, and gives a copy in the same order', () => {
  const e = [{ p: 'a' }, { p: 'b' }, { p: 'c' }];
  const ranks: string[] = [];
  const out = inWriteOrder(e, (x) => x.p, (x) => (ranks.push(x.p), 0));
  expect(out).toEqual(e);
  expect(out).not.toBe(e);
  expect(ranks).toEqual([]);
  // one shared path: only its outputs are ranked
  inWriteOrder([...e, { p: 'b' }], (x) => x.p, (x) => (ranks.push(x.p), 0));
  expect(new Set(ranks)).toEqual(new Set(['b']));
});

const files = {
  '_config.yml': 'permalink: /:year-:month-:day-:title/\n',
  '2019-08-14-x.md': '---\n---\npage\n',
  '_posts/2019-08-14-x.md': '---\n---\npost\n',
};
const at = (list: readonly { path: string; contents: string | Uint8Array }[]): string[] =>
  list.filter((f) => f.path === '2019-08-14-x/index.html').map((f) => String(f.contents));

test('a post and a page at one URL: the post is the last listed, written, and the conflict is reported', async () => {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-conflict-'));
  try {
    const r = await renderSite({ source: memorySource(files), env: FIXED_ENV, destination: path.join(dest, '_site') });
    expect(at(r.files).pop()).toBe('<p>post</p>\n');
    expect(fs.readFileSync(path.join(dest, '_site/2019-08-14-x/index.html'), 'utf8')).toBe('<p>post</p>\n');
    expect(r.diagnostics.filter((d) => d.code === 'URL_CONFLICT')).toHaveLength(1);
  } finally {
    fs.rmSync(dest, { recursive: true, force: true });
  }
});

test('the long-lived builder lists them in the same order', async () => {
  const builder = await createBuilder({ source: memorySource(files), env: FIXED_ENV, write: false });
  expect(at((await builder.build()).files).pop()).toBe('<p>post</p>\n');
});

// Pages are written in site.pages order, generated ones too (a redirect page before the
// paginate-v2 page generated after it), and a document's stand-in (redirect_to) in its place
// among the documents. Checked with Jekyll 4.3.1, jekyll-redirect-from 0.16.0 and
// jekyll-paginate-v2 3.0.0: same/index.html is the later post's, index.html the paginated page.
const generated = {
  '_config.yml': 'plugins: [jekyll-redirect-from, jekyll-paginate-v2]\npagination: {enabled: true}\nredirect_from: {json: false}\n',
  '_posts/2020-01-05-a.md': '---\npermalink: /same/\nredirect_to: /elsewhere/\n---\nfirst\n',
  '_posts/2020-06-15-b.md': '---\npermalink: /same/\n---\nsecond\n',
  '_posts/2020-08-15-d.md': '---\nredirect_from: /\n---\nfourth\n',
  'index.md': '---\npagination: {enabled: true}\n---\n{% for p in paginator.posts %}{{ p.url }} {% endfor %}\n',
};
const last = (list: readonly { path: string; contents: string | Uint8Array }[], p: string): string =>
  String(list.filter((f) => f.path === p).pop()?.contents);

test('a generated page and a stand-in for a document are written in their place in Jekyll\'s order', async () => {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-conflict-'));
  try {
    const r = await renderSite({ source: memorySource(generated), env: FIXED_ENV, destination: path.join(dest, '_site') });
    for (const read of [(p: string) => last(r.files, p), (p: string) => fs.readFileSync(path.join(dest, '_site', p), 'utf8')]) {
      expect(read('same/index.html')).toBe('<p>second</p>\n');
      expect(read('index.html')).toBe('/same/ /same/ /2020/08/15/d.html \n');
    }
  } finally {
    fs.rmSync(dest, { recursive: true, force: true });
  }
});

test('the long-lived builder writes the same ones', async () => {
  const builder = await createBuilder({ source: memorySource(generated), env: FIXED_ENV, write: false });
  const files = (await builder.build()).files;
  expect(last(files, 'same/index.html')).toBe('<p>second</p>\n');
  expect(last(files, 'index.html')).toBe('/same/ /same/ /2020/08/15/d.html \n');
});

// A CSS page's permalink is its SourceMapPage's too (they share one data Hash), so the map is
// written over the CSS. Jekyll 4.3.1's doctor names each by its path: `css/s.scss` and the map's
// relative_path `css/s.css.map` (seen on a-chacon/awesome-jekyll-theme, whose polyglot permalinks do it).
const mapOverCss = { 'css/s.scss': '---\npermalink: /css/s.css\n---\n.a { .b { c: d; } }\n' };
const conflictMessages = (diagnostics: readonly { code?: string; message: string; more?: readonly string[] }[]): string[][] =>
  diagnostics.filter((d) => d.code === 'URL_CONFLICT').map((d) => [d.message, ...(d.more ?? [])]);
// Doctor#conflicting_urls' lines: the topic line, then each logged with an empty topic
const said = (dest: string, ...names: string[]): string[] => [
  'Conflict: The following destination is shared by multiple files.',
  'The written file may end up with unexpected contents.',
  dest,
  ...names.map((n) => ` - ${n}`),
  '',
];

test('a source map written over its CSS is named by its own path in the conflict', async () => {
  const r = await renderSite({ source: memorySource(mapOverCss), env: FIXED_ENV });
  expect(conflictMessages(r.diagnostics)).toEqual([said('css/s.css', 'css/s.scss', 'css/s.css.map')]);
});

test('the long-lived builder names it alike', async () => {
  const builder = await createBuilder({ source: memorySource(mapOverCss), env: FIXED_ENV, write: false });
  expect(conflictMessages((await builder.build()).diagnostics)).toEqual([said('css/s.css', 'css/s.scss', 'css/s.css.map')]);
});

// jekyll-sass-converter appends the SourceMapPage to site.pages as its CSS page renders, so it is
// written after every page read or generated: a page sharing the CSS page's permalink is under it
// (Jekyll 4.3.1 leaves the map at same.html and names the three in this order).
const mapAfterPages = {
  'assets/a.scss': '---\npermalink: /same.html\n---\nbody { color: red; }\n',
  'b.html': '---\npermalink: /same.html\n---\nB page\n',
};

test('a source map is written after the pages, over one at its permalink', async () => {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-conflict-'));
  try {
    const r = await renderSite({ source: memorySource(mapAfterPages), env: FIXED_ENV, destination: path.join(dest, '_site') });
    for (const read of [(p: string) => last(r.files, p), (p: string) => fs.readFileSync(path.join(dest, '_site', p), 'utf8')]) {
      expect(read('same.html')).toMatch(/^\{\n\t"version": 3,[^]*"a\.scss"/);
    }
    expect(conflictMessages(r.diagnostics)).toEqual([said(path.join(dest, '_site', 'same.html'), 'assets/a.scss', 'b.html', 'a.css.map')]);
  } finally {
    fs.rmSync(dest, { recursive: true, force: true });
  }
});

test('the long-lived builder writes the source map last alike', async () => {
  const builder = await createBuilder({ source: memorySource(mapAfterPages), env: FIXED_ENV, write: false });
  const r = await builder.build();
  expect(last(r.files, 'same.html')).toMatch(/^\{\n\t"version": 3,/);
  expect(conflictMessages(r.diagnostics)).toEqual([said('same.html', 'assets/a.scss', 'b.html', 'a.css.map')]);
});

// Doctor#allow_used_permalink? leaves jekyll-redirect-from's RedirectPage out of the destination
// map: a redirect page at a post's URL or at another redirect's is no conflict. Jekyll 4.3.1 with
// jekyll-redirect-from 0.16.0 reports only the page and the post at /a/ here.
const redirects = {
  '_config.yml': 'plugins: [jekyll-redirect-from]\nredirect_from: {json: false}\n',
  '_posts/2020-01-01-a.md': '---\npermalink: /a/\n---\npost\n',
  'b.md': '---\nredirect_from: [/a/, /shared/]\n---\nb\n',
  'c.md': '---\nredirect_from: /shared/\n---\nc\n',
  'd.md': '---\npermalink: /a/\n---\nd\n',
};

test('redirect pages are never in a conflict', async () => {
  const r = await renderSite({ source: memorySource(redirects), env: FIXED_ENV });
  expect(conflictMessages(r.diagnostics)).toEqual([said('a/index.html', 'd.md', '(memory)/_posts/2020-01-01-a.md')]);
});

test('the long-lived builder leaves them out alike', async () => {
  const builder = await createBuilder({ source: memorySource(redirects), env: FIXED_ENV, write: false });
  expect(conflictMessages((await builder.build()).diagnostics)).toEqual([said('a/index.html', 'd.md', '(memory)/_posts/2020-01-01-a.md')]);
});

// The doctor names each output by its Page#path: a jekyll-paginate-v2 PaginationPage has no dir,
// so two templates paginating into blog/idx.htm are both `idx.htm` (Jekyll 4.3.1, paginate-v2 3.0.0).
const pagers = {
  '_config.yml': 'plugins: [jekyll-paginate-v2]\npagination: {enabled: true, indexpage: idx, extension: htm}\n',
  '_posts/2020-01-01-p.md': '---\ntitle: P\n---\np\n',
  'blog/a.html': '---\npagination: {enabled: true}\n---\na\n',
  'blog/b.md': '---\npagination: {enabled: true}\n---\nb\n',
};

test('a paginated page is named by its own path in a conflict', async () => {
  const r = await renderSite({ source: memorySource(pagers), env: FIXED_ENV });
  expect(conflictMessages(r.diagnostics)).toEqual([said('blog/idx.htm', 'idx.htm', 'idx.htm')]);
});

test('the long-lived builder names them alike', async () => {
  const builder = await createBuilder({ source: memorySource(pagers), env: FIXED_ENV, write: false });
  expect(conflictMessages((await builder.build()).diagnostics)).toEqual([said('blog/idx.htm', 'idx.htm', 'idx.htm')]);
});

// Jekyll 4.3.1 (jekyll build in the site's folder) logged, for these files:
//           Conflict: The following destination is shared by multiple files.
//                     The written file may end up with unexpected contents.
//                     /…/_site/a.html
//                      - b.md
//                      - /…/a.html
//                      - /…/_posts/2020-01-01-a.md
//
// and the same for x.html (c.md, then /…/_things/t.md): a page by its relative path, a static file
// and a document by their absolute path (StaticFile#path, Document#path), the destination file too.
describe('the conflict warning names what Jekyll names', () => {
  let root: string;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-conflict-words-')));
    const put = (name: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(root, 'site', name)), { recursive: true });
      fs.writeFileSync(path.join(root, 'site', name), text);
    };
    put('_config.yml', 'collections:\n  things: {output: true, permalink: /x.html}\n');
    put('_posts/2020-01-01-a.md', '---\npermalink: /a.html\n---\n');
    put('b.md', '---\npermalink: /a.html\n---\n');
    put('a.html', 'hi\n');
    put('_things/t.md', '---\n---\n');
    put('c.md', '---\npermalink: /x.html\n---\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('renderSite and the long-lived builder', async () => {
    const site = path.join(root, 'site');
    const dest = path.join(root, 'out');
    const expected = [said(`${dest}/a.html`, 'b.md', `${site}/a.html`, `${site}/_posts/2020-01-01-a.md`), said(`${dest}/x.html`, 'c.md', `${site}/_things/t.md`)];
    const r = await renderSite({ source: site, destination: dest, env: FIXED_ENV });
    expect(conflictMessages(r.diagnostics)).toEqual(expected);
    const builder = await createBuilder({ source: site, destination: path.join(root, 'out2'), env: FIXED_ENV });
    expect(conflictMessages((await builder.build()).diagnostics)).toEqual(expected.map((lines) => lines.map((l) => l.replace(dest, path.join(root, 'out2')))));
  });

  test('with --verbose, before the `Writing:` lines, as Site#write logs them', async () => {
    const r = await renderSite({ source: path.join(root, 'site'), destination: path.join(root, 'out'), env: FIXED_ENV, verbose: true });
    const kinds = r.diagnostics.map((d) => (d.code === 'URL_CONFLICT' ? 'conflict' : d.message.startsWith('Writing:') ? 'writing' : undefined)).filter((k) => k !== undefined);
    expect(kinds.slice(0, 3)).toEqual(['conflict', 'conflict', 'writing']);
    expect(kinds.at(-1)).toBe('writing');
  });

  test('the CLI prints the further lines as Jekyll does, after 20 spaces', async () => {
    const { run } = await import('../../lib/cli/run.js');
    const err: string[] = [];
    const printer = { out: () => undefined, err: (l: string) => void err.push(l) };
    expect(await run(['build', '-s', path.join(root, 'site'), '-d', path.join(root, 'out'), '--disable-disk-cache', '--quiet'], printer)).toBe(0);
    expect(err).toEqual([]);
    expect(await run(['build', '-s', path.join(root, 'site'), '-d', path.join(root, 'out'), '--disable-disk-cache'], printer)).toBe(0);
    const pad = ' '.repeat(20);
    expect(err.slice(0, 6)).toEqual([
      '          Conflict: The following destination is shared by multiple files.',
      `${pad}The written file may end up with unexpected contents.`,
      `${pad}${root}/out/a.html`,
      `${pad} - b.md`,
      `${pad} - ${root}/site/a.html`,
      `${pad} - ${root}/site/_posts/2020-01-01-a.md`,
    ]);
    expect(err[6]).toBe(pad);
  });
});

// A theme's static file at a site page's path: Jekyll 4.3.1's doctor names the page by its
// relative path and the theme's file by StaticFile#path, where it is inside the theme gem
// (`- assets/a.html` / `- /…/gems/kx-conflict-1.0.0/assets/a.html`), not by the same relative path twice.
describe('a theme file in a conflict', () => {
  let work: string;
  let env: Record<string, string>;
  let site: string;
  let gem: string;
  beforeAll(() => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-conflict-theme-')));
    gem = path.join(work, 'home', 'gems', 'kx-conflict-1.0.0');
    site = path.join(work, 'site');
    const put = (file: string, text: string): void => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    };
    put(path.join(gem, 'assets', 'a.html'), 'theme static\n');
    put(path.join(work, 'home', 'specifications', 'kx-conflict-1.0.0.gemspec'), '');
    put(path.join(site, '_config.yml'), 'theme: kx-conflict\n');
    put(path.join(site, 'assets', 'a.html'), '---\n---\nsite page\n');
    env = { ...FIXED_ENV, HOME: work, GEM_HOME: path.join(work, 'home'), GEM_PATH: '' };
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  // (no destination: the shared output is named by its path in the site)
  const expected = (): string[][] => [said('assets/a.html', 'assets/a.html', path.join(gem, 'assets', 'a.html'))];

  test('renderSite names it by its path in the theme', async () => {
    const r = await renderSite({ source: fsSource(site), env });
    expect(conflictMessages(r.diagnostics)).toEqual(expected());
  });

  test('the long-lived builder names it alike', async () => {
    const builder = await createBuilder({ source: fsSource(site), env, write: false });
    expect(conflictMessages((await builder.build()).diagnostics)).toEqual(expected());
  });
});
