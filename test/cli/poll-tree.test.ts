// --force_polling: the source is looked at again every interval, with no file events at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pollTree } from '../../lib/cli/poll-tree.js';
import type { TreeWatcher } from '../../lib/cli/tree-watch.js';
import { ignoredBy, pollsSource } from '../../lib/cli/watch.js';

let dir: string;
let watcher: TreeWatcher | undefined;
let events = 0;
const INTERVAL = 40;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-poll-tree-'));
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
const rel = (paths: string[]): string[] => paths.map((p) => path.relative(dir, p)).sort();

/** Waits for the next look that found something. */
async function nextEvent(): Promise<void> {
  const want = events + 1;
  const end = Date.now() + 10_000;
  while (events < want) {
    if (Date.now() > end) throw new Error('timed out waiting for a look that finds a change');
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('new, edited, deleted files and new folders are found without any file event', async () => {
  put('_posts/2024-01-01-a.md');
  put('about.md');
  put('_site/index.html');
  // A mount without events: fs.watch is never needed (it would throw here).
  const { watch } = fs;
  Object.assign(fs, { watch: () => { throw new Error('no file events on this mount'); } });
  try {
    watcher = pollTree(dir, ignoredBy(path.join(dir, '_site')), () => events++, INTERVAL);
    put('_posts/2024-01-01-a.md', 'edited, and longer');
    fs.rmSync(path.join(dir, 'about.md'));
    put('_drafts/new.md');
    put('_site/other.html'); // the destination is never reported
    await nextEvent();
    await new Promise((r) => setTimeout(r, 2 * INTERVAL));
    expect(rel(watcher.take())).toEqual(['_drafts', '_drafts/new.md', '_posts/2024-01-01-a.md', 'about.md']);
    expect(watcher.take()).toEqual([]);
  } finally {
    Object.assign(fs, { watch });
  }
});

test('a quiet tree gives no event; close stops the looks', async () => {
  put('index.md');
  watcher = pollTree(dir, ignoredBy(path.join(dir, '_site')), () => events++, INTERVAL);
  await new Promise((r) => setTimeout(r, 4 * INTERVAL));
  expect(events).toBe(0);
  watcher.close();
  put('index.md', 'changed after close');
  await new Promise((r) => setTimeout(r, 3 * INTERVAL));
  expect(events).toBe(0);
});

test('force_polling turns polling on as jekyll-watch reads it: any value but false and nil', () => {
  expect(pollsSource({ force_polling: true })).toBe(true);
  expect(pollsSource({ force_polling: 'yes' })).toBe(true);
  expect(pollsSource({ force_polling: false })).toBe(false);
  expect(pollsSource({ force_polling: null })).toBe(false);
  expect(pollsSource({})).toBe(false);
  expect(pollsSource(undefined)).toBe(false);
});
