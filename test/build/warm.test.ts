// A second renderSite of an unchanged folder takes its files from the last
// build (.jekyll-cache/kyll/warm.json) without rendering; any change of what
// an output can depend on makes it a full build again, equal to a build
// without the cache.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/index.js';
import { run } from '../../lib/cli/run.js';
import { signaturesNow, stampingSource, uncacheable, warmKey } from '../../lib/build/warm-key.js';
import { memorySource } from '../../lib/source/memory-source.js';
import { fsSource } from '../../lib/source/fs-source.js';
import { contentHash } from '../../lib/build/disk-cache.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const SITE: Record<string, string> = {
  '_config.yml': 'title: Warm\nurl: https://w.example\nplugins: [jekyll-feed]\n',
  '_layouts/default.html': '<html>{% include nav.html %}{{ content }}<p>{{ site.data.links.home }}</p></html>\n',
  '_layouts/post.html': '---\nlayout: default\n---\n<article>{{ content }}</article>\n',
  '_includes/nav.html': '<nav>{{ site.title }}</nav>',
  '_data/links.yml': 'home: /\n',
  '_posts/2022-01-05-one.md': '---\nlayout: post\ntitle: One\n---\nFirst.\n',
  '_posts/2022-01-06-two.md': '---\nlayout: post\ntitle: Two\n---\nSecond.\n',
  'index.html': '---\nlayout: default\n---\n{% for p in site.posts %}{{ p.title }} {% endfor %}',
  'logo.svg': '<svg/>',
};

describe('warm builds (nothing changed: the last build\'s files)', () => {
  let dir: string;
  let site: string;
  let dest: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-warm-'));
    site = path.join(dir, 'site');
    dest = path.join(site, '_site');
    for (const [p, text] of Object.entries(SITE)) put(p, text);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const put = (p: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(site, p)), { recursive: true });
    fs.writeFileSync(path.join(site, p), text);
  };
  const build = (extra: { config?: Record<string, unknown> } = {}) => renderSite({ source: site, env: FIXED_ENV, ...extra });
  const inode = (p: string): number => fs.statSync(path.join(dest, p)).ino;
  // A full build swaps a new folder in (its unchanged outputs linked from the old one, lib/write/reuse.ts); a warm one writes nothing.
  const folder = (): number => inode('.');
  /** The destination as a build without any cache writes it. */
  const cold = async (): Promise<Map<string, string>> => {
    const other = path.join(dir, 'cold');
    await renderSite({ source: site, destination: other, env: FIXED_ENV, config: { disable_disk_cache: true } });
    return tree(other);
  };
  const tree = (root: string): Map<string, string> => {
    const out = new Map<string, string>();
    const walk = (rel: string): void => {
      for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(child);
        else out.set(child, fs.readFileSync(path.join(root, child), 'latin1'));
      }
    };
    walk('');
    return out;
  };

  test('a second build of an unchanged site writes nothing and gives the same files', async () => {
    const first = await build();
    expect(fs.existsSync(path.join(site, '.jekyll-cache/kyll/warm.json'))).toBe(true);
    const before = [folder(), inode('2022/01/05/one.html')];
    const second = await build();
    expect([folder(), inode('2022/01/05/one.html')]).toEqual(before);
    const asMap = (r: typeof first): Map<string, string> => new Map(r.files.map((f) => [f.path, Buffer.from(f.contents).toString('latin1')]));
    expect(asMap(second)).toEqual(asMap(first));
    expect(second.site.config.title).toBe('Warm');
    expect(second.site.posts.map((p) => p.data.title)).toEqual(['One', 'Two']);
    expect(tree(dest)).toEqual(await cold());
  });

  // Each change, then: a full build (a new folder, the file written again) whose destination equals a build without the cache.
  test.each([
    ['the configuration', () => put('_config.yml', SITE['_config.yml']!.replace('Warm', 'Hot')), 'index.html'],
    ['the plugin list', () => put('_config.yml', SITE['_config.yml']!.replace('jekyll-feed', 'jekyll-feed, jekyll-sitemap')), 'sitemap.xml'],
    ['a layout', () => put('_layouts/post.html', SITE['_layouts/post.html']!.replace('article', 'section')), '2022/01/05/one.html'],
    ['an include', () => put('_includes/nav.html', '<nav>changed</nav>'), 'index.html'],
    ['a data file', () => put('_data/links.yml', 'home: /home/\n'), 'index.html'],
    ['a post, its time kept', () => {
      const p = path.join(site, '_posts/2022-01-05-one.md');
      const { atime, mtime } = fs.statSync(p);
      fs.writeFileSync(p, SITE['_posts/2022-01-05-one.md']!.replace('First', 'Fresh'));
      fs.utimesSync(p, atime, mtime);
    }, '2022/01/05/one.html'],
    ['an output deleted from the destination', () => fs.rmSync(path.join(dest, 'feed.xml')), 'index.html'],
    ['a file added to the destination', () => fs.writeFileSync(path.join(dest, 'stray.txt'), 'x'), 'index.html'],
  ])('%s: a full build, as without the cache', async (_what, change, rewritten) => {
    await build();
    await build();
    const before = folder();
    change();
    await build();
    expect(folder()).not.toBe(before);
    expect(tree(dest)).toEqual(await cold());
    expect(tree(dest).has(rewritten)).toBe(true);
  });

  test('a post touched without a change of bytes stays warm; a static file touched is built again (its time can show)', async () => {
    await build();
    const before = folder();
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(site, '_posts/2022-01-06-two.md'), later, later);
    await build();
    expect(folder()).toBe(before);
    fs.utimesSync(path.join(site, 'logo.svg'), later, later);
    await build();
    expect(folder()).not.toBe(before);
  });

  test('disable_disk_cache and --disable-disk-cache build everything', async () => {
    await build();
    let before = folder();
    await build({ config: { disable_disk_cache: true } });
    expect(folder()).not.toBe(before);
    await build(); // the destination changed since the record: full, and a new record
    before = folder();
    const quiet = { out: () => undefined, err: () => undefined };
    const saved = { ...process.env };
    Object.assign(process.env, FIXED_ENV);
    try {
      expect(await run(['build', '-s', site, '--disable-disk-cache', '-q'], quiet)).toBe(0);
      expect(folder()).not.toBe(before);
      before = folder();
      // The command line builds with the process's environment (LANG and the like are part of the
      // key) and its own config (serving: false, as Jekyll's build command sets it).
      expect(await run(['build', '-s', site, '-q'], quiet)).toBe(0);
      const warm = folder();
      expect(await run(['build', '-s', site, '-q'], quiet)).toBe(0);
      expect(folder()).toBe(warm);
    } finally {
      for (const k of Object.keys(FIXED_ENV)) if (saved[k] === undefined) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });

  test('the key changes with the kyll version, the environment and the bytes, not with a page\'s time', () => {
    const files = memorySource({ 'a.md': '---\n---\nA', '_layouts/x.html': 'X' });
    const base = { kyllVersion: '1.0.0', jekyllVersion: '4.3.1', config: { title: 'T' }, env: FIXED_ENV, source: files, templateDirs: ['_layouts'] };
    const key = warmKey(base).key;
    expect(warmKey({ ...base }).key).toBe(key);
    expect(warmKey({ ...base, kyllVersion: '1.0.1' }).key).not.toBe(key);
    expect(warmKey({ ...base, env: { ...FIXED_ENV, JEKYLL_ENV: 'development' } }).key).not.toBe(key);
    expect(warmKey({ ...base, env: { ...FIXED_ENV, SHLVL: '3' } }).key).toBe(key);
    expect(warmKey({ ...base, source: memorySource({ 'a.md': '---\n---\nB', '_layouts/x.html': 'X' }) }).key).not.toBe(key);
    expect(warmKey({ ...base, config: { title: 'U' } }).key).not.toBe(key);
  });

  test('a file whose stat signature is unchanged is not read again; one written again is, and counts by its bytes', () => {
    put('a.md', '---\n---\nA');
    put('_layouts/x.html', 'X');
    let reads = 0;
    const disk = fsSource(site);
    const source = { ...disk, readBytes: (p: string) => (reads++, disk.readBytes(p)) };
    const base = { kyllVersion: '1', jekyllVersion: '4.3.1', config: {}, env: FIXED_ENV, source, templateDirs: ['_layouts'] };
    const first = warmKey(base);
    const all = reads;
    expect(all).toBeGreaterThanOrEqual(2);
    const second = warmKey({ ...base, known: first.stamps });
    expect(reads).toBe(all);
    expect(second.key).toBe(first.key);
    put('a.md', '---\n---\nA'); // the same bytes, written again
    const third = warmKey({ ...base, known: second.stamps });
    expect(reads).toBe(all + 1);
    expect(third.key).toBe(first.key);
  });

  test('a build with no record keys its files by the bytes it read (stampingSource): none read or stat again', () => {
    put('a.md', '---\n---\nA');
    put('_layouts/x.html', 'X');
    const base = { kyllVersion: '1', jekyllVersion: '4.3.1', config: {}, env: FIXED_ENV, templateDirs: ['_layouts'] };
    const expected = warmKey({ ...base, source: fsSource(site) });
    let reads = 0;
    const disk = fsSource(site);
    const counted = { ...disk, readBytes: (p: string) => (reads++, disk.readBytes(p)), absolute: (p: string) => (reads++, disk.absolute!(p)) };
    const stamping = stampingSource(disk);
    // the build reads every file whole, through the stamping source
    for (const p of disk.list()) stamping.source.readTransient!(p);
    const after = warmKey({ ...base, source: counted, read: stamping.stamps });
    expect(reads).toBe(0);
    expect(after.key).toBe(expected.key);
    expect(after.stamps).toEqual(expected.stamps);
    // changed after the build read it: the record keeps what the build read, and the next build reads it again
    put('a.md', '---\n---\nB');
    const next = warmKey({ ...base, source: counted, known: after.stamps });
    expect(reads).toBe(disk.list().length + 1); // a stat of each file, a read of a.md alone
    expect(next.key).toBe(warmKey({ ...base, source: fsSource(site) }).key);
    expect(next.key).not.toBe(expected.key);
  });

  test('a file counts by the base64 SHA-1 of its bytes (the stamps of earlier records stay valid)', () => {
    expect(contentHash(new Uint8Array())).toBe('2jmj7l5rSw0yVb/vlWAYkK/YBwk=');
    expect(contentHash(Buffer.from('abc'))).toBe('qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
    const big = Buffer.alloc(200_000, 'é');
    expect(contentHash(big.subarray(1, 150_001))).toBe(createHash('sha1').update(big.subarray(1, 150_001)).digest('base64'));
  });

  test('a disk source stamps what it reads with the open file\'s stat: the same stamps, no stat of the path', () => {
    put('a.md', '---\n---\nA');
    put('_layouts/x.html', 'X');
    const disk = fsSource(site);
    let paths = 0;
    const counted = { ...disk, absolute: (p: string) => (paths++, disk.absolute!(p)) };
    const withStat = stampingSource(counted);
    const byPath = stampingSource({ ...counted, readTransientWithStat: undefined });
    for (const p of disk.list()) {
      expect(Buffer.from(withStat.source.readTransient!(p)).toString()).toBe(fs.readFileSync(path.join(site, p), 'utf8'));
      byPath.source.readTransient!(p);
    }
    expect(withStat.stamps).toEqual(byPath.stamps);
    expect(paths).toBe(disk.list().length); // the stats of the path-stamping source alone
  });

  test('static files are copied unread (stampingSource passes copyPath on); a big one is stamped in chunks, by the hash of its bytes', async () => {
    const big = Buffer.alloc(2.5 * 1024 * 1024 + 7);
    for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
    big.write('---', 0);
    fs.writeFileSync(path.join(site, 'video.bin'), big);
    const disk = fsSource(site);
    expect(stampingSource(disk).source.copyPath?.('video.bin')).toBe(path.join(site, 'video.bin'));
    let whole = 0;
    const counted = { ...disk, readBytes: (p: string) => (p === 'video.bin' && whole++, disk.readBytes(p)) };
    const base = { kyllVersion: '1', jekyllVersion: '4.3.1', config: {}, env: FIXED_ENV, templateDirs: ['_layouts'] };
    const { stamps } = warmKey({ ...base, source: counted });
    expect(whole).toBe(0);
    expect(stamps['site:video.bin']?.slice(1)).toEqual([contentHash(big), true]);
    expect(stamps['site:logo.svg']?.slice(1)).toEqual([contentHash(Buffer.from('<svg/>')), false]);
    // A first build copies it and leaves a record that the next build finds warm.
    await build();
    expect(fs.readFileSync(path.join(dest, 'video.bin')).equals(big)).toBe(true);
    const full = folder();
    await build();
    expect(folder()).toBe(full);
    expect(tree(dest)).toEqual(await cold());
  });

  test('a first build saves no record when a file it reads other than through stampingSource changed while it ran', () => {
    put('_layouts/x.html', 'X');
    const base = { kyllVersion: '1', jekyllVersion: '4.3.1', config: {}, env: FIXED_ENV, templateDirs: ['_layouts'] };
    const disk = fsSource(site);
    const stamping = stampingSource(disk);
    const before = signaturesNow(disk, 'site');
    for (const p of disk.list()) if (p.startsWith('_posts/')) stamping.source.readTransient!(p);
    expect(Object.keys(before).some((id) => id.startsWith('site:_posts/'))).toBe(false);
    expect(warmKey({ ...base, source: disk, read: stamping.stamps, before }).changed).toBe(false);
    put('_layouts/x.html', 'Y'); // the build read X (or Y): the key made now cannot tell
    expect(warmKey({ ...base, source: disk, read: stamping.stamps, before }).changed).toBe(true);
  });

  test('a first build (no record) makes the record a later build finds warm, with the key a build with a record makes', async () => {
    await build();
    const record = JSON.parse(fs.readFileSync(path.join(site, '.jekyll-cache/kyll/warm.json'), 'utf8')) as { key: string };
    const before = folder();
    fs.rmSync(path.join(site, '.jekyll-cache'), { recursive: true });
    await build({ config: {} });
    const again = JSON.parse(fs.readFileSync(path.join(site, '.jekyll-cache/kyll/warm.json'), 'utf8')) as { key: string };
    expect(again.key).toBe(record.key);
    expect(folder()).not.toBe(before);
    const full = folder();
    await build();
    expect(folder()).toBe(full);
  });

  // jekyll-sass-converter reads these on every build (scss.rb#sass_load_paths); the site's listing prunes node_modules.
  test.each([
    ['a load path in node_modules', 'sass: {load_paths: [node_modules/kit/scss]}\n', '@import "kit";'],
    ['a load path outside the site', 'sass: {load_paths: [../shared]}\n', '@import "kit";'],
    ['a node_modules package named by path', '', '@import "node_modules/kit/scss/kit";'],
  ])('a Sass partial from %s changed: a full build, as without the cache', async (_what, config, use) => {
    const shared = _what.includes('outside') ? path.join(dir, 'shared') : path.join(site, 'node_modules/kit/scss');
    fs.mkdirSync(shared, { recursive: true });
    fs.writeFileSync(path.join(shared, '_kit.scss'), '.kit { margin: 1px; }\n');
    put('_config.yml', `${SITE['_config.yml']}${config}`);
    put('css/main.scss', `---\n---\n${use}\n`);
    await build();
    await build();
    const before = folder();
    fs.writeFileSync(path.join(shared, '_kit.scss'), '.kit { margin: 2px; }\n');
    await build();
    expect(folder()).not.toBe(before);
    expect(fs.readFileSync(path.join(dest, 'css/main.css'), 'utf8')).toContain('2px');
    expect(tree(dest)).toEqual(await cold());
  }, 60_000); // libsass starts in each build

  test('no warm builds with the clock as build time, JavaScript plugins, or plugins that read git and file times', () => {
    expect(uncacheable({}, FIXED_ENV, 0)).toBeUndefined();
    expect(uncacheable({}, { JEKYLL_ENV: 'production' }, 0)).toMatch(/clock/);
    expect(uncacheable({}, FIXED_ENV, 1)).toMatch(/JavaScript/);
    expect(uncacheable({ plugins: ['jekyll-last-modified-at'] }, FIXED_ENV, 0)).toBeDefined();
    expect(uncacheable({ disable_disk_cache: true }, FIXED_ENV, 0)).toBe('disable_disk_cache');
  });
});
