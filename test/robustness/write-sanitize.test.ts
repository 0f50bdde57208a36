// Every output path passes one choke point, lib/write's Jekyll.sanitized_path:
// whatever a permalink, a plugin setting or a user plugin asks for, the file
// lands inside the destination, where Jekyll puts it (checked against real
// Jekyll in fixtures/sites/dest-escaping-outputs), and the in-memory result
// reports the same path.
import fs from 'node:fs';
import path from 'node:path';
import type { KyllPlugin } from '../../lib/plugins/plugin.js';
import { renderSite } from '../../lib/render/render-site.js';
import { sanitizedOutputPath, writeSite } from '../../lib/write/index.js';
import { filesUnder, makeSiteDir, treeHash } from './dest-tree.js';
import { FIXED_ENV } from '../helpers/build-env.js';

describe('sanitizedOutputPath (Jekyll.sanitized_path relative to the destination)', () => {
  test.each([
    ['index.html', undefined, 'index.html'],
    ['/../../../../elsewhere/x.sh', undefined, 'elsewhere/x.sh'],
    ['../../r/index.html', undefined, 'r/index.html'],
    ['a/./b//c/../d.html', undefined, 'a/b/d.html'],
    ['~/x.html', undefined, '~/x.html'],
    // On POSIX a backslash is part of a name, as File.expand_path has it there.
    ['a\\..\\..\\b.html', undefined, path.sep === '/' ? 'a\\..\\..\\b.html' : 'b.html'],
    ['..', undefined, ''],
    // A path already naming a place inside the destination stays there (path_manager.rb#sanitize_and_join).
    ['/srv/site/_site/a.html', '/srv/site/_site', 'a.html'],
    ['srv/site/_site/a.html', '/srv/site/_site', 'a.html'],
    ['/srv/site/_sitex/a.html', '/srv/site/_site', 'srv/site/_sitex/a.html'],
  ])('%s (destination %s) → %s', (questionable, destination, expected) => {
    expect(sanitizedOutputPath(questionable, destination)).toBe(expected);
  });

  // Its shortcut for paths with nothing to resolve gives what path.resolve gives, for every mix of segments.
  test('the same as resolving each path against / and the destination, for paths made of every kind of segment', () => {
    const parts = ['a', '.', '..', '', '.x', 'x.', '...', '~', 'srv', 'site', '_site', 'é'];
    const reference = (q: string, dest: string): string => {
      const expanded = path.posix.resolve('/', q);
      const base = path.resolve(dest);
      return expanded === base || expanded.startsWith(`${base}/`) ? expanded.slice(base.length + 1) : expanded.slice(1);
    };
    const dests = ['/srv/site/_site', '/srv/site/_site/', '/srv//site/./_site', 'rel/_site', '/'];
    let checked = 0;
    for (const a of parts) for (const b of parts) for (const c of parts) {
      for (const q of [`${a}/${b}/${c}`, `/${a}/${b}/${c}`, `${a}/${b}/${c}/`, `${a}${b}/${c}`]) {
        for (const d of dests) {
          expect([q, d, sanitizedOutputPath(q, d)]).toEqual([q, d, reference(q, d)]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30_000);
  });
});

const ESCAPING_SITE: Record<string, string> = {
  '_config.yml': [
    'title: T',
    'url: http://example.com',
    'plugins: [jekyll-feed, jekyll-paginate, jekyll-redirect-from, jekyll-sitemap]',
    'feed:',
    '  path: /../../../../elsewhere/x.sh',
    'paginate: 1',
    'paginate_path: /../../../../elsewhere/p-:num.sh',
    'collections:',
    '  things:',
    '    output: true',
    '    permalink: /../../../../elsewhere/things/:path:output_ext',
    '',
  ].join('\n'),
  '_posts/2020-01-01-a.md': '---\ntitle: a\npermalink: /../../../../elsewhere/post.html\nredirect_from: /../../../../elsewhere/r.txt\n---\nhi\n',
  '_posts/2020-01-02-b.md': '---\ntitle: b\nredirect_from: ../../r/\n---\nhi b\n',
  'about.md': '---\npermalink: /../../../../elsewhere/about.html\n---\nabout\n',
  'index.html': '---\n---\n{% for p in paginator.posts %}{{ p.title }}{% endfor %}\n',
  '_things/one.md': '---\n---\nthing\n',
  '_things/s.txt': 'static\n',
};

/** A user plugin (renderSite({ plugins })) whose generated file climbs out. */
const escapingPlugin: KyllPlugin = {
  name: 'escaping-plugin',
  generate: () => ({
    pages: [
      { relativePath: 'gen.txt', url: '/../../../../elsewhere/gen.txt', outputPath: '../../../../elsewhere/gen.txt', data: {}, ext: '.txt', content: 'gen' },
      { relativePath: 'made.txt', url: '/made.txt', outputPath: '/../../made.txt', data: {}, ext: '.txt', render: () => 'made' },
    ],
  }),
};

// What real Jekyll 4.3.1 writes for ESCAPING_SITE (plus the user plugin's files, in the same places).
const EXPECTED_TREE = [
  '2020/01/02/b.html',
  'elsewhere/about.html',
  'elsewhere/gen.txt',
  'elsewhere/post.html',
  'elsewhere/r.txt',
  'elsewhere/things/one.html',
  'elsewhere/things/s.txt',
  'elsewhere/x.sh',
  'index.html',
  'made.txt',
  'r/index.html',
  'redirects.json',
  'robots.txt',
  'sitemap.xml',
];

describe('outputs that climb out of the destination land inside it', () => {
  let root: string;
  let site: string;
  let sentinel: string;
  beforeEach(() => {
    ({ root, site, sentinel } = makeSiteDir('kyll-sanitize-'));
    // Deep enough that every `../../../..` above would reach the temporary folder.
    site = path.join(site, 'a', 'b', 'c');
    for (const [rel, text] of Object.entries(ESCAPING_SITE)) {
      fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
      fs.writeFileSync(path.join(site, rel), text);
    }
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('on disk: every kind of output (post, page, collection document and static file, feed, paginate, redirect_from absolute and relative, a user plugin) is written inside the destination', async () => {
    const destination = path.join(site, '_site');
    const outside = treeHash(sentinel);
    const result = await renderSite({ source: site, destination, env: FIXED_ENV, plugins: [escapingPlugin] });
    expect(filesUnder(destination)).toEqual(EXPECTED_TREE);
    // Nothing beside or above the site: only what was there before.
    expect(treeHash(sentinel)).toBe(outside);
    expect(fs.readdirSync(root).sort()).toEqual(['sib', 'site']);
    expect(fs.readdirSync(path.join(root, 'site')).sort()).toEqual(['_config.yml', '_posts', 'a', 'index.html']);
    // (and Jekyll's cache folder, which its Site makes in the source: cache-gitignore.ts)
    expect(fs.readdirSync(site).sort()).toEqual(Object.keys(ESCAPING_SITE).map((p) => p.split('/')[0]!).concat('_site', '.jekyll-cache').filter((v, i, a) => a.indexOf(v) === i).sort());
    // jekyll-paginate finds no index.html under a paginate_path outside the source, and says so.
    expect(result.diagnostics.map((d) => d.message)).toContain(
      "Pagination: Pagination is enabled, but I couldn't find an index.html page to use as the pagination template. Skipping pagination.",
    );
    expect(fs.readFileSync(path.join(destination, 'elsewhere/x.sh'), 'utf8')).toContain('<link href="http://example.com/elsewhere/x.sh" rel="self"');
    expect(fs.readFileSync(path.join(destination, 'elsewhere/gen.txt'), 'utf8')).toBe('gen');
  });

  test('in memory (write: false) the result reports the same sanitized paths', async () => {
    const result = await renderSite({ source: site, write: false, env: FIXED_ENV, plugins: [escapingPlugin] });
    expect(result.files.map((f) => f.path).sort()).toEqual(EXPECTED_TREE);
    expect(fs.existsSync(path.join(site, '_site'))).toBe(false);
  });

  test('writeSite itself sanitizes: a caller handing it escaping paths cannot write outside', () => {
    const destination = path.join(root, 'out');
    const outside = treeHash(sentinel);
    const file = (p: string) => ({ path: p, url: `/${p}`, size: 1, contents: 'x' });
    writeSite(destination, [file('../sib/keep.txt'), file('/../../../etc/x.conf'), file('ok.html')]);
    expect(filesUnder(destination)).toEqual(['etc/x.conf', 'ok.html', 'sib/keep.txt']);
    expect(treeHash(sentinel)).toBe(outside);
  });

  test('an output that would be the destination folder itself is a WRITE_ERROR, and the destination is left as it was', () => {
    const destination = path.join(root, 'out');
    fs.mkdirSync(destination);
    fs.writeFileSync(path.join(destination, 'old.html'), 'old');
    expect(() => writeSite(destination, [{ path: '../', url: '/', size: 1, contents: 'x' }])).toThrow(
      expect.objectContaining({ code: 'WRITE_ERROR', message: expect.stringContaining('would be the destination folder itself; the destination was left as it was') }),
    );
    expect(filesUnder(destination)).toEqual(['old.html']);
  });

  // Jekyll stops on these too (Errno::ENAMETOOLONG, "path name contains null byte") without saying which file asked for them.
  test.each([
    ['a name longer than the file system allows', 'index.html', `---\npermalink: /${'a'.repeat(300)}/x.html\n---\nx\n`],
    ['a NUL byte in a permalink', 'index.html', '---\npermalink: "/a\\0b/x.html"\n---\nx\n'],
    ['a post whose name is too long', '_posts/2020-01-01-a.md', `---\npermalink: /${'b'.repeat(300)}/\n---\nx\n`],
  ])('an output that cannot be written (%s) is a WRITE_ERROR naming its source file; the destination is left as it was', async (_name, file, text) => {
    const destination = path.join(root, 'out');
    fs.mkdirSync(destination);
    fs.writeFileSync(path.join(destination, 'old.html'), 'old');
    fs.writeFileSync(path.join(site, file), text);
    const error = await renderSite({ source: site, destination, env: FIXED_ENV }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'WRITE_ERROR', file });
    expect(filesUnder(destination)).toEqual(['old.html']);
    expect(fs.readdirSync(root).filter((n) => n.includes('.kyll-'))).toEqual([]);
  });

  // Jekyll 4.3.1 stops on each with Ruby's ArgumentError "path name contains null byte" (File.expand_path
  // in Jekyll.sanitized_path, at Site#cleanup; a page's permalink without a trailing slash at its
  // render, in File.extname): kyll says the same words (not node's, which name its own argument), the
  // path with the NUL shown as \0 (never the raw byte), and the source file.
  test.each([
    ['a page whose permalink has %00', 'nul.md', '---\npermalink: /a%00b.html\n---\nx\n', 'a\\0b.html: path name contains null byte'],
    ['a page whose permalink has a NUL', 'nul.md', '---\npermalink: "/x/\\0/"\n---\nx\n', 'x/\\0/index.html: path name contains null byte'],
    ['a post whose category has a NUL', '_posts/2020-01-02-n.md', '---\ncategory: "a\\0b"\n---\nx\n', 'path name contains null byte (ArgumentError): the URL /a%00b/2020/01/02/n.html of _posts/2020-01-02-n.md'],
    ['a post whose permalink has %00', '_posts/2020-01-02-n.md', '---\npermalink: /c/%00/\n---\nx\n', 'path name contains null byte (ArgumentError): the URL /c/%00/ of _posts/2020-01-02-n.md'],
  ])('%s: the build stops in Ruby\'s words, naming the file; the destination is left as it was', async (_name, file, text, words) => {
    const destination = path.join(root, 'out');
    fs.mkdirSync(destination);
    fs.writeFileSync(path.join(destination, 'old.html'), 'old');
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), text);
    const error = (await renderSite({ source: site, destination, env: FIXED_ENV }).catch((e: unknown) => e)) as Error & { file?: string };
    expect(error.message).toContain(words);
    expect(error.message).not.toContain('\0');
    expect(error.file).toBe(file);
    expect(filesUnder(destination)).toEqual(['old.html']);
    expect(fs.readdirSync(root).filter((n) => n.includes('.kyll-'))).toEqual([]);
  });

  test('writeSite refuses a path with a NUL byte in the same words', () => {
    const destination = path.join(root, 'out');
    expect(() => writeSite(destination, [{ path: 'a\0b.html', url: '/a%00b.html', size: 1, contents: 'x' }])).toThrow(
      expect.objectContaining({ code: 'WRITE_ERROR', message: expect.stringContaining('a\\0b.html: path name contains null byte; the destination was left as it was') }),
    );
    expect(fs.existsSync(destination)).toBe(false);
  });
});
