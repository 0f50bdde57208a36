#!/usr/bin/env node
// The long run of the writing-loop checker (test/build/edit-loop.ts): seeded random
// edits of real sites, and after each one the destinations of `kyll build --watch`,
// `kyll serve`, `kyll build -I` and a warm `kyll build` compared, byte for byte and
// file for file, with a cold build's. Runs against the built package (dist/): the
// checker and its editors are bundled on the fly with lib/ mapped to dist/.
//
//   npm run build && node scripts/fuzz-edits.mjs [--seed N] [--seeds N] [--steps N] [--drafts] [--processes] [--jekyll N] [--verbose] SITE_DIR...
//
// --jekyll N: every N steps (1: each) the edited site is also built by real Jekyll (as
// shared/conformance/build-both.sh builds: faketime, TZ=UTC, SOURCE_DATE_EPOCH, JEKYLL_ENV=production,
// --disable-disk-cache, from a copy of the site), and the cold kyll build must match it: both fail,
// or both build the same files byte for byte. Needs jekyll and faketime.
//
// --processes runs each `kyll build -I` and warm `kyll build` as a process of its own (dist/bundle/bin.cjs),
// as a user runs them, rather than in the checker's process.
// Each site runs --seeds sequences (seeds N, N+1, ...) of --steps edits, every other one with
// --drafts (--drafts: all of them). A difference prints the site, the seed, the edits so far and
// the first file that differs; the run goes on with the next sequence and exits 1 at the end.
// The same seed gives the same edits. Sites on GitHub Pages need PAGES_REPO_NWO=owner/repo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { commandLine, faketimeSync, ROOT } from './fuzz-common.mjs';

const argv = process.argv.slice(2);
const { opt, flag } = commandLine(argv);
const valued = new Set(['--seed', '--seeds', '--steps', '--jekyll']);
const sites = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
if (sites.length === 0) {
  console.error('usage: node scripts/fuzz-edits.mjs [--seed N] [--seeds N] [--steps N] [--drafts] [--processes] [--verbose] SITE_DIR...');
  process.exit(2);
}
const seed = Number(opt('seed', 1));
const seeds = Number(opt('seeds', 3));
const steps = Number(opt('steps', 24));

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-fuzz-edits-'));
const bundle = path.join(out, 'edit-loop.mjs');
const dist = path.join(ROOT, 'dist');
await build({
  entryPoints: [path.join(ROOT, 'test', 'build', 'edit-loop.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  plugins: [
    {
      // The engine as built (dist/lib/x.js for lib/x.js), not compiled again into the bundle.
      name: 'lib-from-dist',
      setup(b) {
        b.onResolve({ filter: /\/lib\// }, (a) => {
          const target = path.resolve(a.resolveDir, a.path);
          const rel = path.relative(path.join(ROOT, 'lib'), target);
          return rel.startsWith('..') ? undefined : { path: pathToFileURL(path.join(dist, rel)).href, external: true };
        });
      },
    },
  ],
});
const { runEditLoop } = await import(pathToFileURL(bundle).href);

const jekyllEvery = Number(opt('jekyll', 0));
let jekyllBuilds = 0;
/** Every file of a folder, path → bytes (base64). */
function tree(root) {
  const out = {};
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else out[p] = fs.readFileSync(path.join(root, p)).toString('base64');
    }
  };
  if (fs.existsSync(root)) walk('');
  return out;
}
/** The step's site built by Jekyll and compared with kyll's cold build: the first difference, else undefined. */
async function jekyllAgainst({ site, dest, status, drafts, step }) {
  if (!jekyllEvery || (step + 1) % jekyllEvery !== 0) return undefined;
  jekyllBuilds++;
  // (as deep as the loop's own copies: a Sass source map names a theme's files relative to the site)
  const copy = path.join(out, 'jekyll', 'site');
  const jdest = path.join(out, 'jekyll-out');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.rmSync(jdest, { recursive: true, force: true });
  fs.cpSync(site, copy, { recursive: true, filter: (p) => !/[/\\]\.jekyll-cache$/.test(p) });
  // (a faketime wrapper that refused its semaphore is started again: fuzz-common.mjs runCommand)
  const run = faketimeSync(['-f', '2026-01-01 00:00:00', 'jekyll', 'build', '--disable-disk-cache', '-d', jdest, ...(drafts ? ['--drafts'] : [])], {
    cwd: copy, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  });
  const jekyllOk = run.status === 0;
  if (jekyllOk !== (status === 'ok')) return { jekyll: jekyllOk ? 'built' : (run.stdout + run.stderr).split('\n').filter((l) => /error|exception/i.test(l)).slice(0, 4), kyll: status };
  if (!jekyllOk) return undefined;
  const [want, got] = [tree(jdest), tree(dest)];
  for (const p of [...new Set([...Object.keys(want), ...Object.keys(got)])].sort()) {
    if (want[p] === got[p]) continue;
    if (want[p] === undefined || got[p] === undefined) return { file: p, only: want[p] === undefined ? 'kyll' : 'jekyll' };
    const [a, b] = [Buffer.from(want[p], 'base64').toString(), Buffer.from(got[p], 'base64').toString()];
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return { file: p, jekyll: a.slice(Math.max(0, i - 80), i + 160), kyll: b.slice(Math.max(0, i - 80), i + 160) };
  }
  return undefined;
}

let total = 0;
const failed = [];
for (const site of sites) {
  for (let k = 0; k < seeds; k++) {
    const s = seed + k;
    const drafts = flag('drafts') || k % 2 === 1;
    const label = `${path.basename(site)} seed ${s}${drafts ? ' --drafts' : ''}`;
    const t0 = Date.now();
    try {
      const bin = flag('processes') ? path.join(ROOT, 'dist', 'bundle', 'bin.cjs') : undefined;
      total += await runEditLoop({ site: path.resolve(site), seed: s, steps, drafts, bin, against: jekyllAgainst, log: flag('verbose') ? (l) => console.log(`  ${l}`) : undefined });
      console.log(`ok    ${label}: ${steps} edits, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      failed.push(label);
      console.log(`FAIL  ${label}\n${String(e instanceof Error ? e.message : e)}`);
    }
  }
}
fs.rmSync(out, { recursive: true, force: true });
console.log(`${total} edit steps checked on ${sites.length} site(s)${jekyllEvery ? `, ${jekyllBuilds} of them against Jekyll` : ''}; ${failed.length} sequence(s) failed${failed.length ? `: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
