// Render workers get the site the main thread read (render/worker-model.ts),
// not their own read of the folder. Fixture sites full of Ruby values (Times
// with offsets and zones, Dates, whole Floats, Hashes with Integer keys, in
// front matter, _data and config; keys of other types than String, `2:`, `true:`, in
// front matter and its defaults), built with a worker forced to render some
// of their documents, must give the files real Jekyll wrote
// (fixtures/expected). Workers load the compiled package (dist/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXED_ENV } from '../helpers/build-env.js';
import { compareWithExpected, isPass } from '../helpers/compare-output.js';

const DIST = path.resolve('dist', 'index.js');
type Api = typeof import('../../lib/index.js');
const SITES = ['workers-values', 'dates-new-york', 'dates-odd', 'realsites10c-inspect-objects', 'fidelity12-added-tag-keys', 'drops20-typed-keys', 'fid22c-time-nanoseconds'];

// Copied into the site's _plugins. The main thread, once it has read the site,
// overwrites every collection document on disk: a worker that read the folder
// itself would render the new text. The worker waits for that before it goes
// on, and the main thread waits until the worker has rendered a document (each
// thread marks that it rendered one): a fixed pause was too short on a loaded machine.
const CHECK_PLUGIN = `import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const here = (f) => new URL('./' + f, import.meta.url);
const pause = new Int32Array(new SharedArrayBuffer(4));
const waitFor = (f) => { for (let i = 0; i < 600 && !fs.existsSync(here(f)); i++) Atomics.wait(pause, 0, 0, 50); };
if (!isMainThread) { waitFor('main-read'); fs.writeFileSync(here('worker-loaded'), 'x'); }
export default { name: 'threads-check', hooks: {
  site: { post_read(site) {
    if (!isMainThread) return;
    for (const c of Object.values(site.collections)) {
      for (const d of c.docs) fs.writeFileSync(new URL('../' + d.relativePath, import.meta.url), '---\\n---\\nread again\\n');
    }
    fs.writeFileSync(here('main-read'), 'x');
  } },
  documents: { pre_render() {
    fs.writeFileSync(here(isMainThread ? 'main-rendered' : 'worker-rendered'), 'x');
    if (!isMainThread) return;
    waitFor('worker-loaded');
    waitFor('worker-rendered');
  } },
} };
`;

const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('workers render the site the main thread read', () => {
  let api: Api;
  let dir: string;
  beforeAll(async () => {
    api = (await import(pathToFileURL(DIST).href)) as Api;
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-values-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(SITES)('%s on two threads is what Jekyll wrote', async (name) => {
    fs.cpSync(path.resolve('fixtures', 'sites', name), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, '_plugins'));
    fs.writeFileSync(path.join(dir, '_plugins', 'threads-check.mjs'), CHECK_PLUGIN);
    const two = await api.renderSite({ source: dir, write: false, env: FIXED_ENV, threads: 2 });
    expect(two.threads).toBe(2);
    for (const marker of ['main-read', 'worker-rendered', 'main-rendered']) expect([marker, fs.existsSync(path.join(dir, '_plugins', marker))]).toEqual([marker, true]);
    const statuses = compareWithExpected(path.resolve('fixtures', 'expected', name), two.files);
    expect([...statuses].filter(([, s]) => !isPass(s)).map(([f, s]) => `${f}: ${s}`)).toEqual([]);
  }, 60_000);

  // thread-count.ts: from AUTO_THRESHOLD posts a folder renders on one thread per two cores (one on 2 cores:
  // there one render thread, V8's helpers and the writer already keep both busy).
  test('from AUTO_THRESHOLD posts a folder renders on one thread per two cores', async () => {
    const { workerCountFor } = (await import(pathToFileURL(path.resolve('dist', 'render', 'parallel.js')).href)) as typeof import('../../lib/render/parallel.js');
    const { AUTO_THRESHOLD } = (await import(pathToFileURL(path.resolve('dist', 'render', 'thread-count.js')).href)) as typeof import('../../lib/render/thread-count.js');
    fs.mkdirSync(path.join(dir, '_posts', 'nested'), { recursive: true });
    for (let i = 0; i < AUTO_THRESHOLD - 1; i++) fs.writeFileSync(path.join(dir, '_posts', i % 2 ? 'nested' : '', `2022-01-01-p${i}.md`), '');
    const dest = path.join(dir, '_site');
    expect(workerCountFor(dir, dest, undefined, 8)).toBe(1);
    fs.writeFileSync(path.join(dir, '_posts', '2022-01-01-last.md'), '');
    expect([1, 2, 3, 4, 6, 8].map((cores) => workerCountFor(dir, dest, undefined, cores))).toEqual([1, 1, 1, 2, 3, 4]);
    // Posts in the destination are not counted.
    expect(workerCountFor(dir, path.join(dir, '_posts', 'nested'), undefined, 8)).toBe(1);
    expect(workerCountFor(dir, dest, 1, 8)).toBe(1);
    expect(workerCountFor(dir, dest, 2, 2)).toBe(2);
  });
});
