// A warm record of a build whose outputs went through the writer thread: the
// sizes and times it holds are those the thread saw as it wrote (no stat of
// each output again on the rendering thread), and they must be what is on
// disk once the site is in place, or the next build would be cold for
// nothing, or warm over a destination someone changed. The thread is a
// compiled .js file: these tests load the compiled package (dist/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';
import { FIXED_ENV } from '../helpers/build-env.js';

const DIST = path.resolve('dist', 'index.js');
type Api = typeof import('../../lib/index.js');
const maybe = fs.existsSync(DIST) ? describe : describe.skip;

type Entry = [path: string, kind: string, size: number, diskSize: number, mtimeMs: number, url: string];

maybe('warm record of a build written by the writer thread', () => {
  jest.setTimeout(120_000);
  let api: Api;
  let dir: string;
  let site: string;
  let dest: string;
  beforeAll(async () => {
    api = (await import(pathToFileURL(DIST).href)) as Api;
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-warm-thread-'));
    site = path.join(dir, 'site');
    dest = path.join(site, '_site');
    const put = (p: string, text: string): void => {
      fs.mkdirSync(path.dirname(path.join(site, p)), { recursive: true });
      fs.writeFileSync(path.join(site, p), text);
    };
    put('_config.yml', 'title: Many\nkeep_files: [kept]\n');
    put('_layouts/post.html', '<article>{{ content }}</article>\n');
    // More outputs than SMALL_BUILD (site-writer.ts): they go through the writer thread, in date folders.
    for (let i = 0; i < 300; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      put(`_posts/2021-${month}-${day}-post-${i}.md`, `---\nlayout: post\ntitle: Post ${i}\n---\nText of post ${i}.\n`);
    }
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const build = () => api.renderSite({ source: site, env: FIXED_ENV });
  const record = (): Entry[] => (JSON.parse(fs.readFileSync(path.join(site, '.jekyll-cache/kyll/warm.json'), 'utf8')) as { entries: Entry[] }).entries;
  const folder = (): number => fs.statSync(dest).ino;
  /** Each recorded entry against lstat of the destination now: [path, recorded, on disk] where they differ. */
  const mismatches = (): Array<[string, number[], number[]]> =>
    record()
      .map((e): [string, number[], number[]] => {
        const st = fs.lstatSync(path.join(dest, e[0]));
        return [e[0], [e[3], e[4]], [e[1] === 'd' ? 0 : st.size, st.mtimeMs]];
      })
      .filter(([, a, b]) => a[0] !== b[0] || a[1] !== b[1]);

  test('the record holds what lstat finds after the swap, for every file and folder; the next build is warm', async () => {
    await build();
    const entries = record();
    expect(entries.filter((e) => e[1] === 'f').length).toBeGreaterThanOrEqual(300);
    expect(entries.filter((e) => e[1] === 'd').map((e) => e[0])).toEqual(expect.arrayContaining(['', '2021', '2021/01', '2021/01/01']));
    expect(mismatches()).toEqual([]);
    const before = folder();
    await build();
    expect(folder()).toBe(before);
  });

  test('over an earlier site with kept files carried into it, the record still matches the disk', async () => {
    await build();
    fs.mkdirSync(path.join(dest, 'kept/deep'), { recursive: true });
    fs.writeFileSync(path.join(dest, 'kept/deep/file.txt'), 'kept');
    fs.writeFileSync(path.join(dest, '2021/01/01/kept-here.txt'), 'not kept');
    fs.rmSync(path.join(site, '.jekyll-cache'), { recursive: true });
    await build();
    expect(fs.existsSync(path.join(dest, 'kept/deep/file.txt'))).toBe(true);
    expect(fs.existsSync(path.join(dest, '2021/01/01/kept-here.txt'))).toBe(false);
    expect(mismatches()).toEqual([]);
    const before = folder();
    await build();
    expect(folder()).toBe(before);
  });

  test.each([
    ['a file added to a date folder', () => fs.writeFileSync(path.join(dest, '2021/03/03/stray.html'), 'x')],
    ['an output rewritten with the same size', () => {
      const p = path.join(dest, '2021/02/02/post-1.html');
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('Text', 'TEXT'));
      fs.utimesSync(p, new Date(), new Date(Date.now() + 10_000));
    }],
  ])('%s: the next build is a full one', async (_what, change) => {
    await build();
    const before = folder();
    change();
    await build();
    expect(folder()).not.toBe(before);
    expect(fs.existsSync(path.join(dest, '2021/03/03/stray.html'))).toBe(false);
  });
});
