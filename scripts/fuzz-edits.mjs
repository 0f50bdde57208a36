#!/usr/bin/env node
// The long run of the writing-loop checker (test/build/edit-loop.ts): seeded random
// edits of real sites, and after each one the destinations of `kyll build --watch`,
// `kyll serve`, `kyll build -I` and a warm `kyll build` compared, byte for byte and
// file for file, with a cold build's. Runs against the built package (dist/): the
// checker and its editors are bundled on the fly with lib/ mapped to dist/.
//
//   npm run build && node scripts/fuzz-edits.mjs [--seed N] [--seeds N] [--steps N] [--drafts] [--processes] [--verbose] SITE_DIR...
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
import { commandLine, ROOT } from './fuzz-common.mjs';

const argv = process.argv.slice(2);
const { opt, flag } = commandLine(argv);
const valued = new Set(['--seed', '--seeds', '--steps']);
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
      total += await runEditLoop({ site: path.resolve(site), seed: s, steps, drafts, bin, log: flag('verbose') ? (l) => console.log(`  ${l}`) : undefined });
      console.log(`ok    ${label}: ${steps} edits, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (e) {
      failed.push(label);
      console.log(`FAIL  ${label}\n${String(e instanceof Error ? e.message : e)}`);
    }
  }
}
fs.rmSync(out, { recursive: true, force: true });
console.log(`${total} edit steps checked on ${sites.length} site(s); ${failed.length} sequence(s) failed${failed.length ? `: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
