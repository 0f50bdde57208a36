// The source watcher: one watch per folder, one stat per event at most, and
// never a folder read again on a save (chokidar's lstat storm).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchTree, type TreeWatcher } from '../../lib/cli/tree-watch.js';
import { ignoredBy } from '../../lib/cli/watch.js';

let dir: string;
let watcher: TreeWatcher | undefined;
let events = 0;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-tree-watch-'));
  events = 0;
});
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const put = (rel: string, text = 'x'): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const start = (): TreeWatcher => (watcher = watchTree(dir, ignoredBy(path.join(dir, '_site')), () => events++));

/** Waits until `n` more events arrived (inotify delivers them asynchronously), then a little longer. */
async function settle(n = 1): Promise<void> {
  const want = events + n;
  const end = Date.now() + 10_000;
  while (events < want) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${n} event(s)`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 100));
}
const rel = (paths: string[]): string[] => paths.map((p) => path.relative(dir, p)).sort();

test('a save is reported with no folder read and at most one stat, whatever the folder holds', async () => {
  for (let i = 0; i < 500; i++) put(`_posts/2024-01-01-p${i}.md`);
  const w = start();
  const calls = { readdir: 0, stat: 0 };
  // Counted on node:fs's shared object, which the watcher calls through.
  const { readdirSync, statSync, lstatSync } = fs;
  Object.assign(fs, {
    readdirSync: (...a: unknown[]) => (calls.readdir++, (readdirSync as (...x: unknown[]) => unknown)(...a)),
    statSync: (...a: unknown[]) => (calls.stat++, (statSync as (...x: unknown[]) => unknown)(...a)),
    lstatSync: (...a: unknown[]) => (calls.stat++, (lstatSync as (...x: unknown[]) => unknown)(...a)),
  });
  try {
    put('_posts/2024-01-01-p7.md', 'edited');
    await settle();
    expect(rel(w.take())).toEqual(['_posts/2024-01-01-p7.md']);
    expect(calls.readdir).toBe(0);
    expect(calls.stat).toBeLessThanOrEqual(1);
  } finally {
    Object.assign(fs, { readdirSync, statSync, lstatSync });
  }
});

test('new, deleted and renamed files; a file that came and went between two takes is left out', async () => {
  put('_posts/a.md');
  put('_posts/b.md');
  const w = start();
  put('_posts/c.md');
  fs.rmSync(path.join(dir, '_posts/a.md'));
  fs.renameSync(path.join(dir, '_posts/b.md'), path.join(dir, '_posts/b2.md'));
  put('_posts/.c.md.swp');
  fs.rmSync(path.join(dir, '_posts/.c.md.swp'));
  await settle(5);
  expect(rel(w.take())).toEqual(['_posts/a.md', '_posts/b.md', '_posts/b2.md', '_posts/c.md']);
  expect(w.take()).toEqual([]);
});

test('a folder moved in brings its files, and a folder deleted takes its files along; the destination and caches are not watched', async () => {
  put('_posts/old/x.md');
  put('elsewhere/new/y.md');
  put('elsewhere/new/deep/z.md');
  put('_site/index.html');
  const w = start();
  fs.renameSync(path.join(dir, 'elsewhere/new'), path.join(dir, '_posts/new'));
  await settle(2);
  const moved = ['new', 'new/deep', 'new/deep/z.md', 'new/y.md'];
  expect(rel(w.take())).toEqual([...moved.map((p) => `_posts/${p}`), ...moved.map((p) => `elsewhere/${p}`)]);
  // Files in the new folders are watched too.
  put('_posts/new/deep/z.md', 'edited');
  await settle();
  expect(rel(w.take())).toEqual(['_posts/new/deep/z.md']);
  fs.rmSync(path.join(dir, '_posts/old'), { recursive: true });
  put('_site/index.html', 'new');
  put('.jekyll-cache/kyll/x.json', '{}');
  await settle();
  expect(rel(w.take())).toEqual(['_posts/old', '_posts/old/x.md']);
});

test('a link whose target is missing is reported when it comes and when it goes', async () => {
  put('assets/a.txt');
  const w = start();
  fs.symlinkSync('missing.txt', path.join(dir, 'assets/link.txt'));
  await settle();
  expect(rel(w.take())).toEqual(['assets/link.txt']);
  fs.rmSync(path.join(dir, 'assets/link.txt'));
  await settle();
  expect(rel(w.take())).toEqual(['assets/link.txt']);
});
