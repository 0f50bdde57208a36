// Ctrl-C (SIGINT) or SIGTERM during `kyll build` (lib/cli/interrupt.ts): the build stops at its next
// turn of the event loop (render/yield-point.ts: every ~50 ms of rendering), its staging folder goes,
// the previous destination is left whole, and the command ends by the signal (a shell's 130 / 143).
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';
import { yieldPoint } from '../../lib/render/yield-point.js';

const bin = path.resolve('dist/bundle/bin.cjs');
jest.setTimeout(180_000);

test('a render loop that pauses gives a signal its turn within ~50 ms, and stops once aborted', async () => {
  const controller = new AbortController();
  const pause = yieldPoint(controller.signal);
  const t0 = performance.now();
  let abortedAt = 0;
  setTimeout(() => {
    abortedAt = performance.now();
    controller.abort(new Error('stop'));
  }, 20);
  let steps = 0;
  const loop = async (): Promise<void> => {
    // Each step a millisecond of synchronous work, as a render of one post.
    for (;;) {
      const until = performance.now() + 1;
      while (performance.now() < until);
      steps++;
      const turn = pause();
      if (turn) await turn;
      if (performance.now() - t0 > 10_000) throw new Error('never stopped');
    }
  };
  await expect(loop()).rejects.toThrow('stop');
  // Stopped at the first pause after the abort: within one ~50 ms slice of it (and the machine's load).
  expect(performance.now() - abortedAt).toBeLessThan(1000);
  expect(steps).toBeGreaterThan(10);
  // Without a signal, nothing pauses.
  expect(yieldPoint(undefined)()).toBeUndefined();
});

describe('a build stopped by a signal', () => {
  let dir: string;
  let site: string;
  let out: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-interrupt-'));
    site = path.join(dir, 'site');
    out = path.join(dir, 'out');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.mkdirSync(path.join(site, '_layouts'));
    fs.writeFileSync(path.join(site, '_layouts', 'default.html'), '<body>{{ content }}{% for p in site.posts limit: 30 %}<a href="{{ p.url }}">{{ p.title | escape }}</a>{% endfor %}</body>\n');
    fs.writeFileSync(path.join(site, 'index.md'), '---\n---\nfirst\n');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'the previous site\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Enough posts that the build renders for a while (3,000: ~0.8 s of rendering on a quiet machine). */
  const posts = (n: number): void => {
    for (let i = 1; i <= n; i++) {
      fs.writeFileSync(path.join(site, '_posts', `2020-01-${String((i % 28) + 1).padStart(2, '0')}-p${i}.md`), `---\nlayout: default\ntitle: Post ${i}\n---\n# Heading ${i}\n\nSome *text* and a [link](/x/).\n`);
    }
  };
  const ours = (): string[] => fs.readdirSync(dir).filter((n) => n.includes('.kyll-'));
  /** The staging folder has outputs in it: the build renders. */
  const rendering = (): boolean => ours().some((n) => n.startsWith('.out.kyll-new-') && fs.readdirSync(path.join(dir, n)).length > 0);

  test('in process: run() returns 130 once its signal is aborted, the staging folder gone, the destination as it was', async () => {
    posts(3000);
    const controller = new AbortController();
    const err: string[] = [];
    const poll = setInterval(() => {
      if (!rendering()) return;
      clearInterval(poll);
      controller.abort();
    }, 5);
    const code = await run(['build', '-s', site, '-d', out], { out: () => undefined, err: (l) => err.push(l) }, { signal: controller.signal });
    clearInterval(poll);
    expect(code).toBe(130);
    expect(err).toEqual(['kyll: interrupted; the destination was left as it was.']);
    expect(ours()).toEqual([]);
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site\n');
  });

  const maybe = fs.existsSync(bin) ? test : test.skip;
  maybe.each(['SIGINT', 'SIGTERM'] as const)('the kyll command, %s: ends by the signal, promptly, leaving nothing of the build', async (signal) => {
    posts(3000);
    const child = spawn(process.execPath, [bin, 'build', '-s', site, '-d', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    let sent = 0;
    const poll = setInterval(() => {
      if (!rendering()) return;
      clearInterval(poll);
      sent = performance.now();
      child.kill(signal);
    }, 5);
    const [code, got] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.once('exit', (c, s) => r([c, s])));
    clearInterval(poll);
    expect({ code, got, err: err.trim() }).toEqual({ code: null, got: signal, err: 'kyll: interrupted; the destination was left as it was.' });
    // Prompt, on a loaded two-core machine: the render pauses every ~50 ms (measured ~250 ms to the exit at load 16).
    expect(performance.now() - sent).toBeLessThan(5000);
    expect(ours()).toEqual([]);
    expect(fs.readdirSync(out)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site\n');
  });

  // kyll serve (and build --watch) build with a long-lived builder, whose writes swap the site in
  // within one synchronous call: a signal during its first build ends the process at once, by the
  // signal, and finds no staging folder of it; the destination is the previous one.
  // Skipped: serve's first build has no interrupt handling of its own yet, and a signal that lands
  // while its writer fills the staging folder leaves that folder behind (seen in CI, session 20);
  // a handler that removes it and re-raises the signal hung in one of two runs. Open work.
  test.skip.each(['SIGINT', 'SIGTERM'] as const)('kyll serve, %s during its first build: ends by the signal, the destination as it was', async (signal) => {
    posts(3000);
    const child = spawn(process.execPath, [bin, 'serve', '-s', site, '-d', out, '-P', '0', '--livereload-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    child.stdout.on('data', (d: Buffer) => (said += d.toString()));
    // While it loads or builds (3,000 posts: seconds); its server listens before the build and says nothing until it is done.
    const timer = setTimeout(() => child.kill(signal), 1500);
    const [code, got] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.once('exit', (c, s) => r([c, s])));
    clearTimeout(timer);
    if (said.includes('server running')) return void expect(code).toBe(0); // the build was done first: a clean stop, as jekyll serve's
    expect({ code, got }).toEqual({ code: null, got: signal });
    expect(ours()).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site\n');
  });
});
