// Parse-only throughput of the kramdown parser (parseKramdown: blocks, spans,
// the GFM pass; no mdast, no HTML), on the 1,000 bench posts and on kramdown's
// own test inputs, warm (best of several passes after a warm-up) and cold (the
// first 100 posts in a fresh process, measured in child processes).
//   npm run build && node bench/kramdown-parse.mjs [--site DIR] [--lib DIST] [--runs N]
//   node bench/kramdown-parse.mjs --one posts|cases [--count N] [--passes N]   (one measurement; for callgrind)
// --site: a generated bench site (default bench/out/n1000/site, else /work/main's);
// --lib: the compiled lib to load (default dist/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const lib = path.resolve(arg('--lib', path.join(root, 'dist')));
const site = arg('--site', [path.join(root, 'bench/out/n1000/site'), '/work/main/bench/out/n1000/site'].find((d) => fs.existsSync(d)));
const casesDir = path.resolve(root, '../shared/conformance/kramdown');

function posts() {
  const dir = path.join(site, '_posts');
  return fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}

function cases() {
  const manifest = JSON.parse(fs.readFileSync(path.join(casesDir, 'MANIFEST.json'), 'utf8'));
  return manifest.cases.map((c) => fs.readFileSync(path.join(casesDir, c.input), 'utf8'));
}

const cpuMs = (u) => (u.user + u.system) / 1000;

async function load() {
  const { parseKramdown } = await import(pathToFileURL(path.join(lib, 'markdown/kramdown/parse.js')).href);
  const { resolveOptions } = await import(pathToFileURL(path.join(lib, 'markdown/options.js')).href);
  const options = resolveOptions();
  return (text) => parseKramdown(text, options);
}

if (process.argv[2] === '--one') {
  // One measurement in this process: `count` documents, `passes` times, no warm-up.
  const docs = process.argv[3] === 'cases' ? cases() : posts();
  const count = Number(arg('--count', docs.length));
  const passes = Number(arg('--passes', 1));
  const list = docs.slice(0, count);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const parse = await load();
  const c1 = process.cpuUsage();
  const t1 = performance.now();
  for (let i = 0; i < passes; i++) for (const d of list) parse(d);
  const c2 = process.cpuUsage();
  const t2 = performance.now();
  console.log(JSON.stringify({
    importMs: t1 - t0, importCpuMs: cpuMs(c1) - cpuMs(c0),
    parseMs: t2 - t1, parseCpuMs: cpuMs(c2) - cpuMs(c1),
  }));
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(arg('--runs', 5));
  const parse = await load();
  for (const [label, docs] of [['bench posts', posts()], ['kramdown cases', cases()]]) {
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
    for (const d of docs) parse(d);
    let best = Infinity;
    let bestCpu = Infinity;
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const d of docs) parse(d);
      best = Math.min(best, performance.now() - t0);
      bestCpu = Math.min(bestCpu, cpuMs(process.cpuUsage(c0)));
    }
    console.log(`warm ${label.padEnd(15)} ${docs.length} docs ${(bytes / 1e6).toFixed(2)} MB: ` +
      `${(bytes / 1e6 / (best / 1000)).toFixed(1)} MB/s wall, ${(bytes / 1e6 / (bestCpu / 1000)).toFixed(1)} MB/s CPU (${bestCpu.toFixed(0)} ms CPU)`);
  }
  // Cold: the first 100 posts in fresh processes (median of `runs`).
  const cold = [];
  for (let r = 0; r < runs; r++) {
    const out = spawnSync(process.execPath, [self, '--one', 'posts', '--count', '100', '--lib', lib, '--site', site], { encoding: 'utf8' });
    cold.push(JSON.parse(out.stdout));
  }
  const med = (k) => cold.map((c) => c[k]).sort((a, b) => a - b)[Math.floor(cold.length / 2)];
  console.log(`cold first 100 posts: ${med('parseCpuMs').toFixed(1)} ms CPU (${med('parseMs').toFixed(1)} ms wall), import ${med('importCpuMs').toFixed(0)} ms CPU (median of ${runs})`);
}
