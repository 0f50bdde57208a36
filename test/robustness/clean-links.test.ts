// `kyll clean` and links, against Jekyll 4.3.1's Commands::Clean (checked with `jekyll clean`):
// - `_site -> ../out`, `.jekyll-cache -> ../cache`, `.jekyll-metadata -> ../meta/m`: File.directory? /
//   File.file? follow the link and FileUtils.rm_rf removes the link itself; what it points to stays.
//   kyll said "Nothing to do" and left the links (a destination that `kyll build` writes through).
// - `cache_dir: link/x` with `link -> ../elsewhere`, or `up/site` with `up -> ..`: Jekyll removes
//   ../elsewhere/x, or the whole site. kyll refuses before removing anything.
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';
import { capture, makeSiteDir, treeHash } from './dest-tree.js';

describe('kyll clean never removes what a link points to', () => {
  let root: string;
  let site: string;
  let sentinel: string;
  beforeEach(() => {
    ({ root, site, sentinel } = makeSiteDir('kyll-clean-links-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('a destination, cache folder and metadata file that are links: the links go, as with Jekyll; their targets stay', async () => {
    for (const d of ['out', 'cache/x']) fs.mkdirSync(path.join(sentinel, d), { recursive: true });
    fs.writeFileSync(path.join(sentinel, 'out', 'index.html'), 'site\n');
    fs.writeFileSync(path.join(sentinel, 'cache', 'x', 'c'), 'cache\n');
    fs.symlinkSync('../sib/out', path.join(site, '_site'));
    fs.symlinkSync('../sib/cache', path.join(site, '.jekyll-cache'));
    fs.symlinkSync('../sib/keep.txt', path.join(site, '.jekyll-metadata'));
    const before = treeHash(sentinel);
    const c = capture();
    expect(await run(['clean', '-s', site], c.printer)).toBe(0);
    expect(c.out).toContain(`${'Cleaner: '.padStart(20)}Removing ${path.join(site, '_site')}...`);
    expect(c.out).toContain(`${'Cleaner: '.padStart(20)}Removing ${path.join(site, '.jekyll-cache')}...`);
    expect(c.out).toContain(`${'Cleaner: '.padStart(20)}Removing ${path.join(site, '.jekyll-metadata')}...`);
    for (const name of ['_site', '.jekyll-cache', '.jekyll-metadata']) expect(fs.lstatSync(path.join(site, name), { throwIfNoEntry: false })).toBeUndefined();
    expect(treeHash(sentinel)).toBe(before);
  });

  test('a link of the wrong kind or to nothing: nothing to do, the link stays', async () => {
    fs.symlinkSync('../sib/keep.txt', path.join(site, '_site'));
    fs.symlinkSync('../nowhere', path.join(site, '.jekyll-cache'));
    const before = treeHash(root);
    const c = capture();
    expect(await run(['clean', '-s', site], c.printer)).toBe(0);
    expect(c.out).toContain(`${'Cleaner: '.padStart(20)}Nothing to do for ${path.join(site, '_site')}.`);
    expect(c.out).toContain(`${'Cleaner: '.padStart(20)}Nothing to do for ${path.join(site, '.jekyll-cache')}.`);
    expect(treeHash(root)).toBe(before);
  });

  test.each([
    ['link/x, link -> ../sib', 'link/x', () => fs.symlinkSync('../sib', path.join(site, 'link')), () => path.join(sentinel, 'x')],
    ['up/site, up -> ..', 'up/site', () => fs.symlinkSync('..', path.join(site, 'up')), () => site],
  ])('cache_dir %s (through a link out of the site) is refused before anything is removed', async (_name, cacheDir, arrange, target) => {
    fs.mkdirSync(path.join(sentinel, 'x'));
    fs.writeFileSync(path.join(sentinel, 'x', 'data'), 'mine\n');
    arrange();
    fs.appendFileSync(path.join(site, '_config.yml'), `cache_dir: ${cacheDir}\n`);
    fs.mkdirSync(path.join(site, '_site'));
    const before = treeHash(root);
    const c = capture();
    expect(await run(['clean', '-s', site], c.printer)).toBe(1);
    expect(c.err.join('\n')).toContain(`cache_dir '${cacheDir}' is not a folder inside the site: kyll clean would remove ${target()}.`);
    expect(treeHash(root)).toBe(before);
  });
});
