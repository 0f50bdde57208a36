// The `kyll` command's one-off build of a site with enough posts for its thread (read ahead,
// which converts the Markdown too) starts it before it compiles the engine, and raises V8's interrupt budget
// only once all of them and the engine have started (lib/entries/boot-gate.ts): each thread's
// start-up then loads Node's built-in modules and kyll's code from their caches. The code caches
// made after the raise are made under the start's flags: the next build takes them. The
// read-ahead thread writes the files once they are read (no writer thread of its own); they
// are those of a build in memory. A site with Sass starts its Sass thread first, and the raise
// waits for it as well. A small site (no threads) raises it once its engine is compiled. NODE_DEBUG=kyll tells what happened.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/index.js';
import { MARKDOWN_THREAD_THRESHOLD } from '../../lib/render/markdown-thread.js';
import { READ_AHEAD_THRESHOLD } from '../../lib/read/read-ahead.js';
import { loadFolder } from '../helpers/compare-output.js';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;
const env = { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC', JEKYLL_ENV: 'production' };

maybe('threads started before the budget is raised', () => {
  jest.setTimeout(120_000);
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-boot-gate-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const site = (name: string, posts: number): string => {
    const root = path.join(dir, name);
    fs.mkdirSync(path.join(root, '_posts'), { recursive: true });
    fs.mkdirSync(path.join(root, '_layouts'));
    fs.writeFileSync(path.join(root, '_config.yml'), 'title: Gate\n');
    fs.writeFileSync(path.join(root, '_layouts', 'post.html'), '<h1>{{ page.title }}</h1>\n{{ content }}\n');
    for (let i = 0; i < posts; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      fs.writeFileSync(path.join(root, '_posts', `2020-01-${day}-post-${i}.md`), `---\nlayout: post\ntitle: Post ${i}\n---\nPost *${i}*, [a link](/x/${i}/).\n`);
    }
    return root;
  };
  const build = (root: string, out: string, cache: string): { status: number | null; log: string[] } => {
    fs.rmSync(path.join(root, '.jekyll-cache'), { recursive: true, force: true });
    const r = spawnSync(process.execPath, [bin, 'build', '-s', root, '-d', out], { encoding: 'utf8', env: { ...process.env, ...env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', KYLL_CODE_CACHE_DIR: cache } });
    return { status: r.status, log: r.stderr.split('\n').map((l) => l.replace(/^KYLL \d+: /, '')) };
  };
  const at = (log: string[], re: RegExp): number => log.findIndex((l) => re.test(l));
  // The lines matching `re`; the whole log goes to the test's output when there is not exactly one (a
  // thread that failed to start, say, is named there: NODE_DEBUG=kyll).
  const once = (log: string[], re: RegExp): string[] => {
    const found = log.filter((l) => re.test(l));
    if (found.length !== 1) console.error(`${String(re)} found ${found.length} times in the build's log:\n${log.join('\n')}`);
    return found;
  };

  test('a site with its threads: raised once they and the engine have started; the caches are taken next time', async () => {
    const root = site('threads', Math.max(MARKDOWN_THREAD_THRESHOLD, READ_AHEAD_THRESHOLD) + 5);
    const cache = path.join(dir, 'cache');
    const first = build(root, path.join(dir, 'out1'), cache);
    expect(first.status).toBe(0);
    // (a thread's lines reach stderr through the main thread: their order across threads is not the order of events)
    for (const line of [
      /^tier-up: interrupt budget raised, young generation held \(2 parties arrived\)$/,
      /^engine: \S+engine\.cjs, code cache none/,
      /^markdown: thread code \S+, code cache none/,
      /^read ahead: thread handed over to write the files$/,
      /^engine: code cache written to/,
    ]) expect(once(first.log, line)).toHaveLength(1);
    // The Markdown thread writes its cache once it has converted a text; on a loaded machine the main
    // thread may have come to every text first (`0 taken from the thread`), and then it writes none.
    const taken = Number(/markdown: \d+ texts sent, (\d+) taken from the thread/.exec(first.log.join('\n'))?.[1] ?? -1);
    expect(taken).toBeGreaterThanOrEqual(0);
    expect(once(first.log, /^markdown: thread code cache written to \S+ after [1-9]\d* texts$/).length === 1).toBe(taken > 0);
    expect(at(first.log, /^write: thread started/)).toBe(-1);

    const second = build(root, path.join(dir, 'out2'), cache);
    expect(second.status).toBe(0);
    expect(at(second.log, /^engine: \S+engine\.cjs, code cache accepted/)).toBeGreaterThanOrEqual(0);
    // (the Markdown thread's cache, if the first build's thread converted any text to write it)
    if (taken > 0) expect(at(second.log, /^markdown: thread code \S+, code cache accepted/)).toBeGreaterThanOrEqual(0);
    expect(at(second.log, taken > 0 ? /code cache (written|rejected)/ : /^engine: code cache (written|rejected)|code cache rejected/)).toBe(-1);

    const one = loadFolder(path.join(dir, 'out1'));
    expect(loadFolder(path.join(dir, 'out2'))).toEqual(one);
    const alone = await renderSite({ source: root, write: false, env });
    expect(Object.keys(one).sort()).toEqual(alone.files.map((f) => f.path).sort());
    for (const f of alone.files) expect(Buffer.from(one[f.path]!).toString('utf8')).toBe(typeof f.contents === 'string' ? f.contents : Buffer.from(f.contents).toString('utf8'));
  });

  test("the library's renderSite starts them the same way", () => {
    const root = site('library', Math.max(MARKDOWN_THREAD_THRESHOLD, READ_AHEAD_THRESHOLD) + 5);
    const child = path.join(dir, 'child.mjs');
    fs.writeFileSync(child, `const { renderSite } = await import(process.argv[2]);
const r = await renderSite({ source: process.argv[3], destination: process.argv[4], env: { SOURCE_DATE_EPOCH: '1767225600' } });
process.stdout.write(String(r.files.length));`);
    const out = path.join(dir, 'out-library');
    const r = spawnSync(process.execPath, [child, pathToFileURL(path.resolve('dist/bundle/kyll.js')).href, root, out], { encoding: 'utf8', env: { ...process.env, ...env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', KYLL_CODE_CACHE_DIR: path.join(dir, 'cache-library') } });
    const log = String(r.stderr).split('\n').map((l) => l.replace(/^KYLL \d+: /, ''));
    // (the raise is logged by the last party to arrive, often the read-ahead thread: its lines go
    // to stderr at once, entries/debug-log.ts; through node's worker stderr, CI lost this one twice)
    expect(r.status).toBe(0);
    expect(once(log, /^tier-up: interrupt budget raised \(2 parties arrived\)$/)).toHaveLength(1);
    expect(once(log, /^read ahead: thread handed over to write the files$/)).toHaveLength(1);
    expect(Number(r.stdout)).toBe(fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length);
  });

  test('a small site with Sass: the raise waits for the Sass thread too, in the command and in the library', () => {
    const root = site('sass', 3);
    fs.mkdirSync(path.join(root, 'css'));
    fs.writeFileSync(path.join(root, 'css', 'style.scss'), '---\n---\n$c: #123;\nbody { color: $c; p { margin: 0; } }\n');
    const r = build(root, path.join(dir, 'out-sass'), path.join(dir, 'cache-sass'));
    expect(r.status).toBe(0);
    expect(at(r.log, /^sass: thread started/)).toBeGreaterThanOrEqual(0);
    // (before: raised at once with 0 parties, and the thread compiled its start-up from source)
    expect(r.log.filter((l) => /^tier-up: interrupt budget raised, young generation held \(2 parties arrived\)$/.test(l))).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'out-sass', 'css', 'style.css'), 'utf8')).toContain('body p { margin: 0; }');

    const child = path.join(dir, 'child-sass.mjs');
    fs.writeFileSync(child, `const { renderSite } = await import(process.argv[2]);
const r = await renderSite({ source: process.argv[3], destination: process.argv[4], env: { SOURCE_DATE_EPOCH: '1767225600' } });
process.stdout.write(String(r.files.length));`);
    fs.rmSync(path.join(root, '.jekyll-cache'), { recursive: true, force: true });
    const lib = spawnSync(process.execPath, [child, pathToFileURL(path.resolve('dist/bundle/kyll.js')).href, root, path.join(dir, 'out-sass-library')], { encoding: 'utf8', env: { ...process.env, ...env, NODE_OPTIONS: '', NODE_DEBUG: 'kyll', KYLL_CODE_CACHE_DIR: path.join(dir, 'cache-sass-library') } });
    expect(lib.status).toBe(0);
    const log = lib.stderr.split('\n').map((l) => l.replace(/^KYLL \d+: /, ''));
    expect(log.filter((l) => /^tier-up: interrupt budget raised \(2 parties arrived\)$/.test(l))).toHaveLength(1);
    expect(loadFolder(path.join(dir, 'out-sass-library'))).toEqual(loadFolder(path.join(dir, 'out-sass')));
  });

  test('a small site: no thread started ahead; raised once the engine is compiled, its cache taken next time', () => {
    const root = site('small', 3);
    const cache = path.join(dir, 'cache-small');
    const r = build(root, path.join(dir, 'out-small'), cache);
    expect(r.status).toBe(0);
    // (before: raised with 0 parties before the engine was compiled, and the built-in modules the
    // build loads next were compiled from source)
    const raised = at(r.log, /^tier-up: interrupt budget raised, young generation held \(1 parties arrived\)$/);
    expect(raised).toBeGreaterThan(at(r.log, /^engine: \S+engine\.cjs, code cache none/));
    expect(at(r.log, /thread started/)).toBe(-1);
    expect(at(r.log, /^engine: code cache written to/)).toBeGreaterThanOrEqual(0);
    const again = build(root, path.join(dir, 'out-small-2'), cache);
    expect(again.status).toBe(0);
    expect(at(again.log, /^engine: \S+engine\.cjs, code cache accepted/)).toBeGreaterThanOrEqual(0);
    expect(at(again.log, /code cache (written|rejected)/)).toBe(-1);
    expect(loadFolder(path.join(dir, 'out-small-2'))).toEqual(loadFolder(path.join(dir, 'out-small')));
  });
});
