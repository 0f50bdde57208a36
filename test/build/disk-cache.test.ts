// --incremental across processes: a fresh builder that reads the disk cache
// after each edit gives the files of a clean build, writes the destination a
// clean build would leave, and renders only what the edit reaches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { blogFiles, contentsByPath, randomEditor } from './edit-site.js';

function listTree(root: string, rel = ''): string[] {
  if (!fs.existsSync(path.join(root, rel))) return [];
  return fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? [`${child}/`, ...listTree(root, child)] : [child];
  });
}

describe('kyll build --incremental (disk cache)', () => {
  let dir: string;
  beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-incremental-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('50 random edits, each built by a new builder from the cache, equal clean builds', async () => {
    const site = path.join(dir, 'site');
    const files = new Map(Object.entries(blogFiles()));
    const sync = (paths: readonly string[]): void => {
      for (const p of paths) {
        const abs = path.join(site, p);
        const text = files.get(p);
        if (text === undefined) fs.rmSync(abs, { force: true });
        else {
          fs.mkdirSync(path.dirname(abs), { recursive: true });
          fs.writeFileSync(abs, text);
        }
      }
    };
    const edit = randomEditor({ files }, 7);
    sync([...files.keys()]);
    const destination = path.join(dir, 'out');
    const first = await (await createBuilder({ source: site, destination, env: FIXED_ENV, incremental: true })).build();
    expect(fs.existsSync(path.join(site, '.jekyll-cache', 'kyll', 'state.bin'))).toBe(true);
    let total = first.files.length;
    let bodyEdits = 0;
    for (let i = 0; i < 50; i++) {
      const { what, changed } = edit();
      sync(changed);
      const builder = await createBuilder({ source: site, destination, env: FIXED_ENV, incremental: true });
      const result = await builder.build();
      const clean = await renderSite({ source: site, destination: path.join(dir, 'clean'), env: FIXED_ENV });
      expect({ step: i, what, files: [...contentsByPath(result.files)] }).toEqual({ step: i, what, files: [...contentsByPath(clean.files)] });
      expect({ step: i, what, tree: listTree(destination) }).toEqual({ step: i, what, tree: listTree(path.join(dir, 'clean')) });
      for (const f of listTree(destination).filter((p) => !p.endsWith('/'))) {
        expect({ step: i, f, text: fs.readFileSync(path.join(destination, f), 'utf8') }).toEqual({ step: i, f, text: fs.readFileSync(path.join(dir, 'clean', f), 'utf8') });
      }
      total = result.files.length;
      if (what === 'body') bodyEdits++;
    }
    expect(bodyEdits).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(5);
  }, 120_000);

  test('a body edit renders only that post and its readers; disable_disk_cache and a config change build everything', async () => {
    const site = path.join(dir, 'site');
    for (const [p, text] of Object.entries(blogFiles())) {
      fs.mkdirSync(path.dirname(path.join(site, p)), { recursive: true });
      fs.writeFileSync(path.join(site, p), text);
    }
    fs.mkdirSync(path.join(site, '_posts'));
    fs.writeFileSync(path.join(site, '_posts/2022-01-05-one.md'), '---\nlayout: post\ntitle: One\n---\nOld body.\n');
    fs.writeFileSync(path.join(site, '_posts/2022-01-06-two.md'), '---\nlayout: post\ntitle: Two\n---\nTwo.\n');
    const opts = { source: site, env: FIXED_ENV, incremental: true };
    const all = (await (await createBuilder(opts)).build()).files.length;
    fs.writeFileSync(path.join(site, '_posts/2022-01-05-one.md'), '---\nlayout: post\ntitle: One\n---\nNew body.\n');
    const b = await createBuilder(opts);
    const r = await b.build();
    expect(fs.readFileSync(path.join(site, '_site/2022/01/05/one.html'), 'utf8')).toContain('New body.');
    // The post, the feed (it shows contents), the paginator page with its excerpt, its neighbours (page.previous.output).
    const rendered = r.rendered;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(all / 2);
    fs.appendFileSync(path.join(site, '_config.yml'), 'description: changed\n');
    const r2 = await (await createBuilder(opts)).build();
    expect(r2.rendered).toBeGreaterThanOrEqual(all - 2);
    // disable_disk_cache: no cache read or written.
    fs.rmSync(path.join(site, '.jekyll-cache'), { recursive: true });
    const r3 = await (await createBuilder({ ...opts, config: { disable_disk_cache: true } })).build();
    expect(r3.rendered).toBeGreaterThanOrEqual(all - 2);
    expect(fs.existsSync(path.join(site, '.jekyll-cache'))).toBe(false);
  }, 60_000);
});
