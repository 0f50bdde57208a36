// kyll's own records (the warm record, the --incremental state, compiled Sass) follow `cache_dir`
// and are written only where Jekyll keeps a disk cache. Jekyll 4.3.1 (Site#configure_cache) puts
// all of its cache in `in_source_dir(cache_dir, "Jekyll/Cache")` and writes none for a safe site
// or with disable_disk_cache (checked: `cache_dir: x` makes x/.gitignore and x/Jekyll/Cache/... and
// no .jekyll-cache; `jekyll build --safe` writes no cache folder at all), and `jekyll clean`
// removes the cache_dir folder. Before, kyll kept its records in .jekyll-cache/kyll whatever
// cache_dir said (a folder Jekyll never writes and `kyll clean` left behind), and wrote them for a
// safe site too.
import fs from 'node:fs';
import path from 'node:path';
import { renderSite } from '../../lib/render/render-site.js';
import { createBuilder } from '../../lib/build/builder.js';
import { clean } from '../../lib/cli/clean.js';
import { parseArgs } from '../../lib/cli/args.js';
import { makeSiteDir } from './dest-tree.js';

const FIXED_ENV = { TZ: 'UTC', JEKYLL_ENV: 'development', SOURCE_DATE_EPOCH: '1767225600' };

/** Every file under `dir` outside `skip` (relative paths, sorted). */
function filesOf(dir: string, skip: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (child === skip || /^\._site\.kyll-/.test(child)) continue;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

describe("kyll's records follow cache_dir and stay off where Jekyll keeps no disk cache", () => {
  let root: string;
  let site: string;
  let dest: string;
  let sourceFiles: string[];
  beforeEach(() => {
    ({ root, site } = makeSiteDir('kyll-cache-dir-'));
    dest = path.join(site, '_site');
    fs.mkdirSync(path.join(site, '_sass'));
    fs.mkdirSync(path.join(site, 'css'));
    fs.writeFileSync(path.join(site, '_sass', 'b.scss'), 'body { color: red; }\n');
    fs.writeFileSync(path.join(site, 'css', 'main.scss'), '---\n---\n@import "b";\n');
    sourceFiles = filesOf(site, '_site');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const builds = async (config: Record<string, unknown>): Promise<void> => {
    await renderSite({ source: site, destination: dest, env: FIXED_ENV, config });
    await renderSite({ source: site, destination: dest, env: FIXED_ENV, config });
    await (await createBuilder({ source: site, destination: dest, env: FIXED_ENV, config, incremental: true })).build();
  };

  test.each(['.c', 'c'])('cache_dir: %s — the warm record, the incremental state and the Sass cache are in its kyll folder, nothing in .jekyll-cache', async (c) => {
    fs.appendFileSync(path.join(site, '_config.yml'), `cache_dir: ${c}\n`);
    sourceFiles = filesOf(site, '_site');
    await builds({});
    const written = filesOf(site, '_site').filter((f) => !sourceFiles.includes(f));
    expect(written.filter((f) => !f.startsWith(`${c}/kyll/sass/`))).toEqual([`${c}/.gitignore`, `${c}/kyll/state.bin`, `${c}/kyll/warm.json`]);
    expect(written.some((f) => f.startsWith(`${c}/kyll/sass/`))).toBe(true);
    expect(fs.existsSync(path.join(site, '.jekyll-cache'))).toBe(false);
    // kyll's records are no site content (not published, as Jekyll has no such files), and are
    // found where they were left: after a full build, the next one is warm (nothing written).
    await renderSite({ source: site, destination: dest, env: FIXED_ENV });
    expect(filesOf(dest, '').filter((f) => f.includes('kyll'))).toEqual([]);
    const inode = fs.statSync(dest).ino;
    await renderSite({ source: site, destination: dest, env: FIXED_ENV });
    expect(fs.statSync(dest).ino).toBe(inode);
  });

  test('kyll clean then leaves the source as it was before the builds', async () => {
    fs.appendFileSync(path.join(site, '_config.yml'), 'cache_dir: .c\n');
    await builds({});
    const printed: string[] = [];
    const printer = { out: (s: string) => void printed.push(s), err: (s: string) => void printed.push(s) };
    expect(await clean(parseArgs(['clean', '-s', site]), printer)).toBe(0);
    expect(filesOf(site, '')).toEqual(sourceFiles);
  });

  test.each([
    ['safe: true', { safe: true }],
    ['disable_disk_cache: true', { disable_disk_cache: true }],
  ])('%s: no cache folder is made or written, as Jekyll writes none', async (_name, config) => {
    await builds(config);
    expect(filesOf(site, '_site')).toEqual(sourceFiles);
    expect(fs.readFileSync(path.join(dest, 'css', 'main.css'), 'utf8')).toContain('color: red');
  });
});
