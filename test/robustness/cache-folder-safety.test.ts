// kyll's cache (the warm record, the --incremental state) lives in its own `kyll` folder of
// .jekyll-cache, the cache folder that a build makes first (cache-gitignore.ts).
// - Jekyll 4.3.1 (Site#hide_cache_dir_from_git: FileUtils.mkdir_p) stops before reading or writing
//   anything when cache_dir is a file or passes through one (or a dangling link): "File exists @
//   dir_s_mkdir - /site/.jekyll-cache (Errno::EEXIST)", exit 1, the destination as it was.
// - Jekyll never uses a `kyll` folder: with .jekyll-cache/kyll (or its warm.json) a file or folder
//   in the way, Jekyll builds. So does kyll, without its record, leaving no temporary file; before,
//   the record's failed save came after the new site was swapped in and failed the build with
//   "the destination was left as it was", which was not true.
import fs from 'node:fs';
import path from 'node:path';
import { renderSite } from '../../lib/render/render-site.js';
import { createBuilder } from '../../lib/build/builder.js';
import { makeSiteDir, treeHash } from './dest-tree.js';

const FIXED_ENV = { TZ: 'UTC', JEKYLL_ENV: 'development', SOURCE_DATE_EPOCH: '1767225600' };

describe("kyll's cache folder: never a reason to lose a destination or to write outside it", () => {
  let root: string;
  let site: string;
  let sentinel: string;
  let dest: string;
  beforeEach(() => {
    ({ root, site, sentinel } = makeSiteDir('kyll-cache-safety-'));
    dest = path.join(site, '_site');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'old.html'), 'the good old site\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const build = (incremental = false) =>
    incremental ? createBuilder({ source: site, destination: dest, env: FIXED_ENV, incremental: true }).then((b) => b.build()) : renderSite({ source: site, destination: dest, env: FIXED_ENV });
  const tmpFiles = (dir: string): string[] => (fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')) : []);

  test.each([
    ['.jekyll-cache is a file', () => fs.writeFileSync(path.join(site, '.jekyll-cache'), 'not a folder\n'), '.jekyll-cache'],
    ['.jekyll-cache is a dangling link', () => fs.symlinkSync(path.join(root, 'nowhere'), path.join(site, '.jekyll-cache')), '.jekyll-cache'],
    ['cache_dir passes through a file', () => (fs.writeFileSync(path.join(site, 'tmp'), 'x'), fs.appendFileSync(path.join(site, '_config.yml'), 'cache_dir: tmp/cache\n')), 'tmp'],
  ])('%s: Errno::EEXIST as Jekyll stops with, before anything is written', async (_name, arrange, blocked) => {
    arrange();
    for (const incremental of [false, true]) {
      const before = [treeHash(site), treeHash(sentinel)];
      await expect(build(incremental)).rejects.toMatchObject({ code: 'WRITE_ERROR', message: `File exists @ dir_s_mkdir - ${path.join(site, blocked)} (Errno::EEXIST)` });
      expect([treeHash(site), treeHash(sentinel)]).toEqual(before);
    }
  });

  test.each([
    ['.jekyll-cache/kyll is a file', 'kyll', 'file'],
    ['.jekyll-cache/kyll/warm.json is a folder', 'kyll/warm.json', 'dir'],
    ['.jekyll-cache/kyll/state.bin is a folder', 'kyll/state.bin', 'dir'],
  ])('%s: the site builds as with Jekyll, no record saved and no temporary file left', async (_name, rel, kind) => {
    const cache = path.join(site, '.jekyll-cache');
    fs.mkdirSync(path.dirname(path.join(cache, rel)), { recursive: true });
    if (kind === 'file') fs.writeFileSync(path.join(cache, rel), 'mine\n');
    else fs.mkdirSync(path.join(cache, rel));
    for (const incremental of [false, true, false]) {
      const result = await build(incremental);
      expect(result.files.map((f) => f.path)).toContain('index.html');
      expect(fs.existsSync(path.join(dest, 'old.html'))).toBe(false);
      expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe('home\n');
    }
    expect(kind === 'file' ? fs.readFileSync(path.join(cache, rel), 'utf8') : fs.readdirSync(path.join(cache, rel))).toEqual(kind === 'file' ? 'mine\n' : []);
    expect([...tmpFiles(cache), ...tmpFiles(path.join(cache, 'kyll'))]).toEqual([]);
  });
});
