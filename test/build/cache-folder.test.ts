// Jekyll's Site#configure_cache (4.3.1) makes the cache folder, `cache_dir` in the source, with a
// .gitignore ignoring everything in it, unless the site is safe or its disk cache is off; a build
// that writes does the same once its destination is known to be safe. `jekyll build` on this site
// left `.jekyll-cache/.gitignore` holding "# ignore everything in this directory\n*\n".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/render/render-site.js';
import { createBuilder } from '../../lib/build/builder.js';

const GITIGNORE = '# ignore everything in this directory\n*\n';
const FIXED_ENV = { TZ: 'UTC', JEKYLL_ENV: 'development' };

describe("the cache folder Jekyll's Site makes in the source", () => {
  let root: string;
  let site: string;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-cache-dir-')));
    site = path.join(root, 'site');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\n');
    fs.writeFileSync(path.join(site, '_posts', '2020-01-01-a.md'), '---\ntitle: a\n---\nhi\n');
    fs.writeFileSync(path.join(site, 'index.html'), '---\n---\nhome\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const gitignore = (dir = '.jekyll-cache'): string | undefined => {
    const file = path.join(site, dir, '.gitignore');
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };

  test('a build that writes makes .jekyll-cache with its .gitignore; the site does not list it', async () => {
    const result = await renderSite({ source: site, destination: path.join(site, '_site'), env: FIXED_ENV });
    expect(gitignore()).toBe(GITIGNORE);
    expect(result.files.map((f) => f.path).some((p) => p.includes('jekyll-cache'))).toBe(false);
  });

  test('an existing .gitignore is left as it is; cache_dir names another folder of the source', async () => {
    fs.mkdirSync(path.join(site, '.jekyll-cache'));
    fs.writeFileSync(path.join(site, '.jekyll-cache', '.gitignore'), 'mine\n');
    await renderSite({ source: site, destination: path.join(site, '_site'), env: FIXED_ENV });
    expect(gitignore()).toBe('mine\n');
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\ncache_dir: tmp/cache\n');
    await renderSite({ source: site, destination: path.join(site, '_site'), env: FIXED_ENV });
    expect(gitignore('tmp/cache')).toBe(GITIGNORE);
  });

  // Jekyll 4.3.1 with `cache_dir: ""` (in_source_dir("") is the source) wrote <source>/.gitignore
  // ("# ignore everything in this directory\n*\n") and no .jekyll-cache; an existing one was kept.
  test('cache_dir "" names the source itself: its .gitignore, made only when missing', async () => {
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\ncache_dir: ""\n');
    await renderSite({ source: site, destination: path.join(site, '_site'), env: FIXED_ENV });
    expect(gitignore('')).toBe(GITIGNORE);
    expect(fs.existsSync(path.join(site, '.jekyll-cache', '.gitignore'))).toBe(false);
    fs.writeFileSync(path.join(site, '.gitignore'), '_site\n');
    await renderSite({ source: site, destination: path.join(site, '_site'), env: FIXED_ENV });
    expect(gitignore('')).toBe('_site\n');
  });

  test.each([
    ['disable_disk_cache: true', { disable_disk_cache: true }],
    ['safe: true', { safe: true }],
  ])('none with %s', async (_name, config) => {
    await renderSite({ source: site, destination: path.join(site, '_site'), env: FIXED_ENV, config });
    expect(fs.existsSync(path.join(site, '.jekyll-cache'))).toBe(false);
  });

  test('none for a render in memory (write: false)', async () => {
    await renderSite({ source: site, write: false, env: FIXED_ENV });
    expect(fs.existsSync(path.join(site, '.jekyll-cache'))).toBe(false);
  });

  test('none for a build refused for its destination (inside _posts): the source is left as it was', async () => {
    await expect(renderSite({ source: site, destination: path.join(site, '_posts', 'out'), env: FIXED_ENV })).rejects.toMatchObject({ code: 'UNSAFE_DESTINATION' });
    expect(fs.existsSync(path.join(site, '.jekyll-cache'))).toBe(false);
    await expect(createBuilder({ source: site, destination: path.join(site, '_posts', 'out'), env: FIXED_ENV }).then((b) => b.build())).rejects.toMatchObject({ code: 'UNSAFE_DESTINATION' });
    expect(fs.existsSync(path.join(site, '.jekyll-cache'))).toBe(false);
  });

  test('the long-lived builder makes it too', async () => {
    const builder = await createBuilder({ source: site, destination: path.join(site, '_site'), env: FIXED_ENV });
    await builder.build();
    expect(gitignore()).toBe(GITIGNORE);
  });
});
