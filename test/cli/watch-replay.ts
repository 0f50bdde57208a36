// A replay harness for the writing loop: a copy of a site in a temporary
// folder, `kyll build --watch` running on it (the real CLI loop: its fs
// watcher, its builder), and scripted edits saved to disk one step at a time.
// After each step the loop has settled, the destination it left is compared
// with a clean `kyll build` of the edited source into another folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { parseArgs } from '../../lib/cli/args.js';
import { run } from '../../lib/cli/run.js';
import { siteBuilder } from '../../lib/cli/site-build.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';

/** The site on disk, as the steps edit it. */
export class SiteCopy {
  constructor(readonly root: string) {}
  read(rel: string): string {
    return fs.readFileSync(path.join(this.root, rel), 'utf8');
  }
  write(rel: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.root, rel)), { recursive: true });
    fs.writeFileSync(path.join(this.root, rel), text);
  }
  /** Replaces `from` (which must be there) by `to` in a file. */
  change(rel: string, from: string | RegExp, to: string): void {
    const before = this.read(rel);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${rel}: ${String(from)} not found`);
    this.write(rel, after);
  }
  remove(rel: string): void {
    fs.rmSync(path.join(this.root, rel), { recursive: true });
  }
  /** A rename as editors and `git mv` make it (one inotify move). */
  rename(from: string, to: string): void {
    fs.mkdirSync(path.dirname(path.join(this.root, to)), { recursive: true });
    fs.renameSync(path.join(this.root, from), path.join(this.root, to));
  }
}

export interface Step {
  readonly what: string;
  apply(site: SiteCopy): void | Promise<void>;
  /**
   * The edit breaks the build: the loop must print `mentions` and keep the destination as it was;
   * or, with `builds`, print `mentions` (a warning) and build on.
   */
  readonly breaks?: Breaks;
}

export interface Breaks {
  readonly mentions: RegExp;
  readonly builds?: boolean;
}

export const step = (what: string, apply: (site: SiteCopy) => void | Promise<void>, breaks?: Breaks): Step => ({ what, apply, breaks });

export type Tree = Array<[string, string]>;
export const tree = (root: string): Tree => folderTree(root, 'base64');

function copyFolder(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (p) => !/[\\/](_site|\.jekyll-cache|node_modules)$/.test(p) });
}

const quiet = { out: () => undefined, err: () => undefined };
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One `kyll build --watch` on a copy of `site`, and a clean `kyll build` to compare it with. */
export class WatchReplay {
  readonly site: SiteCopy;
  readonly lines: string[] = [];
  private readonly dir: string;
  private running: Promise<number> | undefined;
  private readonly stopper = new AbortController();

  private readonly flags: readonly string[];

  constructor(from: string, flags: readonly string[] = []) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-watch-replay-'));
    this.site = new SiteCopy(path.join(this.dir, 'site'));
    copyFolder(from, this.site.root);
    // --config names files from the working folder, as Jekyll reads them: the cases name them in the site.
    this.flags = flags.map((f, i) => (flags[i - 1] === '--config' ? f.split(',').map((c) => path.join(this.site.root, c)).join(',') : f));
  }

  get live(): string {
    return path.join(this.site.root, '_site');
  }

  /** Lines of the loop's output that end an update: done, or failed. */
  private ends(): number {
    return this.lines.filter((l) => l.includes('...done in') || l.includes('update failed') || l.includes('build failed')).length;
  }
  private starts(): number {
    return this.lines.filter((l) => l.includes('Regenerating:')).length;
  }

  async start(): Promise<void> {
    const printer = { out: (l: string) => this.lines.push(l), err: (l: string) => this.lines.push(l) };
    this.running = run(['build', '-s', this.site.root, '--watch', ...this.flags], printer, { signal: this.stopper.signal });
    // Generous: the first build runs from the TypeScript sources, beside other suites on a shared machine.
    const end = Date.now() + 120_000;
    while (!this.lines.some((l) => l.includes('Auto-regeneration'))) {
      if (Date.now() > end) throw new Error(`the watch did not start:\n${this.lines.join('\n')}`);
      await sleep(20);
    }
  }

  /** Waits until the loop took the saved files and went quiet again. */
  async settle(): Promise<void> {
    const startsBefore = this.starts();
    const end = Date.now() + 90_000;
    // The watcher reports the step (an edit it is not told about is a miss, which the comparison shows).
    while (this.starts() === startsBefore && Date.now() < end - 80_000) await sleep(10);
    for (;;) {
      if (Date.now() > end) throw new Error(`the loop did not settle:\n${this.lines.slice(-20).join('\n')}`);
      const seen = this.lines.length;
      await sleep(150);
      if (this.lines.length === seen && this.ends() === this.starts()) return;
    }
  }

  /** The tree a clean `kyll build` of the source as it is now writes, or undefined if that build fails. */
  async clean(): Promise<Tree | undefined> {
    const out = path.join(this.dir, 'clean');
    fs.rmSync(out, { recursive: true, force: true });
    const outcome = await siteBuilder(parseArgs(['build', '-s', this.site.root, '-d', out, ...this.flags]), quiet).build();
    return outcome.status === 'ok' ? tree(out) : undefined;
  }

  async stop(): Promise<void> {
    if (this.running) {
      this.stopper.abort();
      await this.running;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Where two trees first differ (a path, and its two contents decoded), for a short failure message. */
export function firstDifference(got: Tree, want: Tree): string {
  const g = new Map(got);
  const w = new Map(want);
  const show = (b64: string | undefined): string => (b64 === undefined ? '(missing)' : Buffer.from(b64, 'base64').toString('utf8'));
  for (const [p, c] of w) {
    if (g.get(p) === c) continue;
    const a = show(g.get(p));
    const b = show(c);
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return `${p}: got …${a.slice(Math.max(0, i - 120), i + 200)}…\n   want …${b.slice(Math.max(0, i - 120), i + 200)}…`;
  }
  for (const p of g.keys()) if (!w.has(p)) return `${p}: extra (a clean build has no such file)`;
  return 'no difference';
}

export interface Sequence {
  readonly site: string;
  readonly flags?: readonly string[];
  /** Folders copied beside the site (the example blog's plugin imports ../../plugins). */
  readonly beside?: Record<string, string>;
  /** Files written before the watch starts. */
  readonly before?: Record<string, string>;
  readonly steps: readonly Step[];
}

export const SITES = path.resolve('fixtures', 'sites');
export const post = (title: string, front: string, body: string): string => `---\ntitle: ${title}\n${front}---\n${body}\n`;

/** The environment the expected outputs were built with, set around a test file's tests (a long timeout for each). */
export function useFixedEnv(): void {
  process.env.TZ = FIXED_ENV.TZ;
  const saved = { ...process.env };
  beforeAll(() => Object.assign(process.env, FIXED_ENV));
  afterAll(() => {
    for (const k of Object.keys(FIXED_ENV)) if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  });
  jest.setTimeout(400_000);
}

/** One jest test per sequence: after each step, the destination equals a clean kyll build (KYLL_REPLAY_TIMES=1 prints timings and errors). */
export function replaySequences(sequences: Record<string, Sequence>): void {
  useFixedEnv();
  describe.each(Object.entries(sequences))('kyll build --watch on %s', (_name, seq) => {
    test('after each step, the destination equals a clean kyll build', () => replay(seq));
  });
}

async function replay(seq: Sequence): Promise<void> {
  const verbose = Boolean(process.env.KYLL_REPLAY_TIMES);
  const replay = new WatchReplay(seq.site, seq.flags);
  try {
    for (const [to, from] of Object.entries(seq.beside ?? {})) fs.cpSync(from, path.join(path.dirname(replay.site.root), to), { recursive: true });
    for (const [rel, text] of Object.entries(seq.before ?? {})) replay.site.write(rel, text);
    await replay.start();
    const first = await replay.clean();
    expect(firstDifference(tree(replay.live), first!)).toBe('no difference');
    let last: Tree = first!;
    for (const [i, s] of seq.steps.entries()) {
      const printed = replay.lines.length;
      const t0 = Date.now();
      await s.apply(replay.site);
      await replay.settle();
      const t1 = Date.now();
      const want = await replay.clean();
      if (verbose) console.log(`${s.what}: settle ${t1 - t0} ms, clean ${Date.now() - t1} ms`);
      const label = `step ${i + 1}, ${s.what}`;
      if (s.breaks) {
        const said = replay.lines.slice(printed).join('\n');
        if (verbose) console.log(said);
        expect({ label, said: s.breaks.mentions.test(said) || said }).toEqual({ label, said: true });
      }
      if (s.breaks && !s.breaks.builds) {
        expect({ label, cleanFails: want === undefined }).toEqual({ label, cleanFails: true });
        // The last good destination stays in place.
        expect({ label, diff: firstDifference(tree(replay.live), last) }).toEqual({ label, diff: 'no difference' });
        continue;
      }
      expect({ label, built: want !== undefined }).toEqual({ label, built: true });
      expect({ label, diff: firstDifference(tree(replay.live), want!) }).toEqual({ label, diff: 'no difference' });
      last = want!;
    }
  } finally {
    await replay.stop();
  }
}
