#!/usr/bin/env node
// Benchmarks a full kyll build of a generated seed-shaped blog, and the same
// site with Jekyll and Hugo when they are installed.
//
//   npm run bench                       (= npm run build && node bench/bench.mjs)
//   node bench/bench.mjs [N ... | themed | compress | startup] [--no-jekyll] [--jekyll-stock] [--no-hugo] [--no-eleventy] [--seed 42] [--json file]
//                        [--runs R] [--dist dist/bundle/kyll.js] [--out-dir DIR] [--rt]
//
// `startup` times a bare node, import('kyll'), require('kyll') and `kyll --version` (median of R,
// default 10). N defaults to startup 1000 10000 themed (add 100000 for the largest row; Jekyll is
// skipped above 20000 posts, hours there). Each build runs R times (default 3
// up to 1000 posts, 2 up to 20000, else 1) and the table shows the medians.
// For N posts, `kyll warm` builds again with nothing changed (.jekyll-cache and
// the destination kept, after one build that fills the cache).
// `themed` is a 100-post blog in a GitHub Pages theme with one Sass stylesheet
// (bench/themed-site.mjs): kyll cold (no .jekyll-cache) and warm (the Sass cache), Jekyll
// with --disable-disk-cache. `compress` is 100 long posts (pages of ~100K characters, mostly CJK)
// through an HTML-compressing layout, as themes with jekyll-compress-html have
// (bench/compress-site.mjs), against Jekyll. For each N the site is generated into
// bench/out/n<N>/site (gitignored; bench/generate-site.mjs, seeded, so every
// run builds the same site) and built:
//   * kyll: the CLI, `kyll build` (dist/bundle/bin.cjs beside --dist), as a user runs it and as
//     the other tools are run: the row the ratios use, with the stages it prints (read, render,
//     write); one untimed build first writes the engine's V8 code cache, as a user's earlier
//     build would;
//   * kyll renderSite: the library's renderSite() from --dist in a child Node process (no code
//     cache, V8's default interrupt budget: entries/tier-up.ts), its peak RSS the child's own
//     (process.resourceUsage().maxRSS), with every stage's time;
//   * jekyll (if on PATH): `jekyll build` on the same folder, with the fix Jekyll 4.3.2 made to
//     the quadratic Site#each_site_file of 4.3.1 (bench/jekyll-fixed.rb; --jekyll-stock adds a
//     row for 4.3.1 as installed);
//   * hugo (if on PATH): the same posts converted to a Hugo site
//     (bench/out/n<N>/hugo: content/, equivalent layouts) and `hugo`;
//   * eleventy (if `npm run bench:peers` installed the pinned Eleventy into bench/eleventy):
//     the same posts as an Eleventy site (bench/eleventy-site.mjs) and its `eleventy` command.
// Peak memory of the CLIs (kyll, Jekyll, Hugo, Eleventy) comes from /usr/bin/time -v when available.
// --out-dir DIR writes every tool's output under DIR (e.g. /dev/shm) instead of bench/out.
// --rt runs the bench and every tool under the round-robin real-time policy (`chrt -r 10`: root or
// CAP_SYS_NICE): on a machine busy with other work, they then get the cores ahead of that work.
// Wall times come out near the idle machine's, not equal to them: caches, memory and the host are
// still shared. Every tool alike; for ratios, an idle machine is still the reference.
// All builds get SOURCE_DATE_EPOCH=1767225600, TZ=UTC, JEKYLL_ENV=production.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateEleventySite } from './eleventy-site.mjs';
import { generateHugoSite, generateSite } from './generate-site.mjs';
import { generateThemedSite } from './themed-site.mjs';
import { generateCompressSite } from './compress-site.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BUILD_ENV = { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC', JEKYLL_ENV: 'production', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
// NODE_EXTRA_CA_CERTS makes Node parse that certificate file and its own root certificates at
// every start, before any script runs (~50 ms of CPU on this project's machine, where the sandbox
// sets it; 0 for Hugo and Jekyll): the Node tools (kyll, Eleventy) run without it, as on a machine
// that does not set it. --keep-ca-certs keeps it.
const CA_CERTS_VAR = 'NODE_EXTRA_CA_CERTS';

// --- child mode: one kyll build, report as JSON on stdout ------------------------
if (process.argv[2] === '--child-kyll') {
  const [, , , entry, source, destination] = process.argv;
  const report = (obj) => process.stdout.write(`\nKYLL_BENCH_RESULT ${JSON.stringify(obj)}\n`);
  let renderSite;
  try {
    ({ renderSite } = await import(pathToFileURL(entry).href));
    if (typeof renderSite !== 'function') throw new Error(`${entry} does not export renderSite()`);
  } catch (err) {
    report({ ok: false, stage: 'import', error: String(err?.message ?? err), maxRSS: process.resourceUsage().maxRSS });
    process.exit(1);
  }
  const t0 = performance.now();
  try {
    const result = await renderSite({ source, destination });
    const ms = performance.now() - t0;
    report({
      ok: true,
      ms,
      files: result?.files?.length ?? null,
      bytes: (result?.files ?? []).reduce((s, f) => s + (f.size ?? 0), 0),
      timings: result?.timings ?? {},
      diagnostics: result?.diagnostics?.length ?? 0,
      maxRSS: process.resourceUsage().maxRSS, // KiB on Linux
    });
  } catch (err) {
    report({ ok: false, stage: 'render', ms: performance.now() - t0, error: String(err?.message ?? err).split('\n').slice(0, 6).join('\n'), maxRSS: process.resourceUsage().maxRSS });
    process.exit(1);
  }
  process.exit(0);
}

// --- arguments ---------------------------------------------------------------------
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
if (flag('--help') || flag('-h')) {
  console.log('usage: node bench/bench.mjs [N ... | themed | compress | startup] [--no-jekyll] [--jekyll-stock] [--no-hugo] [--no-eleventy] [--keep-ca-certs] [--seed 42] [--runs R] [--json file] [--dist dist/bundle/kyll.js] [--out-dir DIR] [--rt]');
  process.exit(0);
}
const noJekyll = flag('--no-jekyll');
// --rt: this process runs again under `chrt -r 10`, so that the bench itself (which times each
// tool until it sees it end) and every tool it starts have the real-time policy.
if (flag('--rt') && !process.env.KYLL_BENCH_RT) {
  if (spawnSync('chrt', ['-r', '10', 'true']).status !== 0) {
    console.error('--rt: `chrt -r 10` is not allowed here (it needs root or CAP_SYS_NICE, and util-linux)');
    process.exit(2);
  }
  const again = spawnSync('chrt', ['-r', '10', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, KYLL_BENCH_RT: '1' } });
  process.exit(again.status ?? 1);
}
const noHugo = flag('--no-hugo');
const noEleventy = flag('--no-eleventy');
const keepCaCerts = flag('--keep-ca-certs');
const jekyllStock = flag('--jekyll-stock');
const seed = Number(option('--seed', '42'));
const jsonOut = option('--json', undefined);
const entry = path.resolve(option('--dist', path.join(here, '..', 'dist', 'bundle', 'kyll.js')));
const runsOption = option('--runs', undefined);
// Where every tool writes its site (default: beside the source, on the disk). A tmpfs such as
// /dev/shm leaves out the disk's own stalls: on an ext4 mounted with `discard`, creating files
// right after `rm -rf` of the previous output stalls for 0-1 s at random, for every tool alike.
const outDir = option('--out-dir', undefined);
const NAMED = ['themed', 'compress', 'startup'];
const sizes = args.length > 0 ? args.map((a) => (NAMED.includes(a) ? a : Number(a))) : ['startup', 1000, 10000, 'themed'];
if (sizes.some((n) => !NAMED.includes(n) && (!Number.isInteger(n) || n < 1))) {
  console.error(`bad N in: ${args.join(' ')} (expected positive integers)`);
  process.exit(2);
}

// --- helpers ---------------------------------------------------------------------------
function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {}
  }
  return null;
}
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command; resolves with wall ms, exit code, output and (with /usr/bin/time) peak RSS in KiB. */
function run(cmd, argv, { cwd, measureRss = true, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const useTime = measureRss && TIME;
    const file = useTime ? TIME : cmd;
    const fullArgs = useTime ? ['-v', cmd, ...argv] : argv;
    const t0 = performance.now();
    const env = { ...process.env, ...BUILD_ENV, ...extraEnv };
    if (!keepCaCerts) delete env[CA_CERTS_VAR];
    const child = spawn(file, fullArgs, { cwd, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) => resolve({ code: -1, ms: performance.now() - t0, out, err: String(e), rssKiB: null }));
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      resolve({ code, ms, out, err, rssKiB: m ? Number(m[1]) : null });
    });
  });
}

function countFiles(dir) {
  let n = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    n += e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1;
  }
  return n;
}

const fmtS = (ms) => (ms == null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const fmtMs = (ms) => (ms == null ? '—' : `${ms.toFixed(0)} ms`);
const fmtMB = (kib) => (kib == null ? 'n/a' : `${(kib / 1024).toFixed(0)} MB`);
const tail = (s, n = 8) => s.trim().split('\n').slice(-n).map((l) => `    ${l}`).join('\n');

/**
 * Runs `once` warmup + runs times; resolves with the last run's result, the
 * median wall time and the largest peak RSS (from `rssOf`, default /usr/bin/time's).
 */
async function median(runs, warmup, once, rssOf = (r) => r.rssKiB) {
  for (let i = 0; i < warmup; i++) await once();
  const all = [];
  let last;
  let rss = null;
  for (let i = 0; i < runs; i++) {
    last = await once();
    if (last.code !== 0) return { ...last, all: [last.ms] };
    all.push(last.ms);
    const kib = rssOf(last);
    if (kib != null) rss = Math.max(rss ?? 0, kib);
  }
  const sorted = [...all].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const ms = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { ...last, ms, rssKiB: rss, all };
}

// --- the runs --------------------------------------------------------------------------
const jekyll = noJekyll ? null : which('jekyll');
const hugo = noHugo ? null : which('hugo');
const ELEVENTY_CMD = path.join(here, 'eleventy', 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
const eleventy = noEleventy || !fs.existsSync(ELEVENTY_CMD) ? null : ELEVENTY_CMD;
const JEKYLL_FIX = path.join(here, 'jekyll-fixed.rb');
console.log(`kyll bench · N = ${sizes.join(', ')} · seed ${seed}`);
console.log(`  kyll:   ${fs.existsSync(entry) ? `${path.relative(process.cwd(), path.join(path.dirname(entry), 'bin.cjs'))} build (the CLI), and renderSite() of ${path.relative(process.cwd(), entry)}` : `${entry} missing — run \`npm run build\``}`);
console.log(`  jekyll: ${noJekyll ? 'skipped (--no-jekyll)' : jekyll ? `${jekyll} with the 4.3.2 each_site_file fix (bench/jekyll-fixed.rb)${jekyllStock ? ', and as installed' : ''}` : 'not on PATH: skipped'}`);
console.log(`  hugo:   ${noHugo ? 'skipped (--no-hugo)' : hugo ? `${hugo} (needs its own content format: the posts are converted to a Hugo site)` : 'not on PATH (try `apt-get install -y hugo`): skipped'}`);
console.log(`  eleventy: ${noEleventy ? 'skipped (--no-eleventy)' : eleventy ? `${path.relative(process.cwd(), eleventy)} (the posts as an Eleventy site)` : 'not installed (`npm run bench:peers`): skipped'}`);
if (process.env[CA_CERTS_VAR]) console.log(`  ${CA_CERTS_VAR} is set here: ${keepCaCerts ? 'kept (--keep-ca-certs)' : 'every tool runs without it (--keep-ca-certs keeps it; Node parses the file at each start)'}`);
if (!TIME) console.log("  /usr/bin/time not found: the CLIs' peak memory (kyll, Jekyll, Hugo, Eleventy) is not measured");

const results = [];
for (const n of sizes) {
  if (n === 'startup') {
    await startupRows(Number(runsOption ?? 10));
    continue;
  }
  const base = path.join(here, 'out', `n${n}`);
  const outBase = outDir ? path.join(path.resolve(outDir), `kyll-bench-n${n}`) : base;
  const site = path.join(base, 'site');
  const themed = n === 'themed';
  const compress = n === 'compress';
  const posts_ = themed || compress ? 100 : n;
  const runs = Number(runsOption ?? (posts_ <= 1000 ? 3 : posts_ <= 20000 ? 2 : 1));
  console.log(`\n== ${themed ? 'themed blog, 100 posts' : compress ? 'compress layout, 100 long posts' : `N = ${n}`} (median of ${runs})`);
  let t0 = performance.now();
  if (themed) console.log(`generated from ${generateThemedSite({ posts: 100, dest: site, seed }).from} → ${path.relative(process.cwd(), site)}`);
  else if (compress) {
    generateCompressSite({ posts: 100, dest: site, seed });
    console.log(`generated 100 long posts with a compress layout → ${path.relative(process.cwd(), site)}`);
  } else {
    const posts = generateSite({ posts: n, dest: site, seed });
    const bytes = posts.reduce((s, p) => s + Buffer.byteLength(p.body), 0);
    console.log(`generated ${n} posts (${(bytes / 1024 / 1024).toFixed(1)} MB of post bodies) in ${fmtS(performance.now() - t0)} → ${path.relative(process.cwd(), site)}`);
  }

  // kyll: the CLI, as a user runs it (and as Jekyll, Hugo and Eleventy are run), is the row the
  // ratios use; for the themed blog cold (no .jekyll-cache: the Sass compiled) and warm, for N
  // posts cold and warm (nothing changed since the last build, whose destination is kept). One
  // untimed build first, as a user's earlier build would: it writes the engine's V8 code cache.
  // `kyll renderSite` is the library (renderSite() in a child process), cold.
  const dest = path.join(outBase, '_site-kyll');
  const cache = path.join(site, '.jekyll-cache');
  for (const tool of themed ? ['kyll cold', 'kyll renderSite', 'kyll warm'] : ['kyll', 'kyll renderSite', 'kyll warm']) {
    const warm = tool === 'kyll warm';
    const keepDest = warm && !themed;
    fs.rmSync(cache, { recursive: true, force: true });
    process.stdout.write(`${tool} build … `);
    const r = tool === 'kyll renderSite' ? await timeRenderSite(runs, site, dest) : await timeCli(runs, site, dest, warm, keepDest);
    const rep = r.report;
    if (r.code === 0 && rep?.ok) {
      const files = countFiles(dest);
      console.log(`${fmtS(r.ms)} (runs: ${r.all.map(fmtS).join(', ')}; last in process ${fmtS(rep.ms)}), ${files} files, peak RSS ${fmtMB(r.rssKiB)}${rep.diagnostics ? `, ${rep.diagnostics} diagnostics` : ''}`);
      const stages = Object.entries(rep.timings ?? {}).map(([k, v]) => `${k} ${Number(v).toFixed(0)} ms`).join(', ');
      if (stages) console.log(`  stages: ${stages}`);
      results.push({ tool, n, ok: true, ms: r.ms, inProcessMs: rep.ms, rssKiB: r.rssKiB, files, timings: rep.timings });
    } else {
      const why = rep && !rep.ok ? `${rep.stage} failed: ${rep.error}` : `exit ${r.code}\n${tail(r.err || r.out)}`;
      console.log(`FAILED (${why.split('\n')[0]})`);
      if (!rep || rep.ok) console.log(tail(r.err || r.out));
      else if (rep.error.includes('\n')) console.log(tail(rep.error));
      results.push({ tool, n, ok: false, ms: r.ms, rssKiB: r.rssKiB ?? rep?.maxRSS ?? null, error: why });
    }
  }

  // jekyll: as Jekyll 4.3.2+ runs (the each_site_file fix), and as installed with --jekyll-stock
  if (jekyll && posts_ > 20000) console.log('jekyll: skipped above 20000 posts (hours)');
  for (const [tool, argv] of jekyll && posts_ <= 20000 ? jekyllVariants() : []) {
    if (n >= 5000) console.log(`(Jekyll needs minutes at this size — about 13 min for 10000 posts on a busy 2-core machine; --no-jekyll skips it)`);
    const dest = path.join(outBase, '_site-jekyll');
    await timePeer(tool, n, runs, dest, site, argv[0], [...argv.slice(1), 'build', '--source', site, '--destination', dest, '--disable-disk-cache']);
  }

  // hugo
  if (hugo && !themed && !compress) {
    const hsite = path.join(base, 'hugo');
    const dest = path.join(outBase, '_site-hugo');
    generateHugoSite({ posts: n, dest: hsite, seed });
    await timePeer('hugo', n, runs, dest, hsite, hugo, ['--source', hsite, '--destination', dest, '--quiet']);
  }

  // eleventy
  if (eleventy && !themed && !compress) {
    const esite = path.join(base, 'eleventy');
    const dest = path.join(outBase, '_site-eleventy');
    generateEleventySite({ posts: n, dest: esite, seed });
    await timePeer('eleventy', n, runs, dest, esite, process.execPath, [eleventy, `--output=${dest}`, '--quiet']);
  }
  if (outDir) fs.rmSync(outBase, { recursive: true, force: true }); // a tmpfs holds it in memory
}

/**
 * Times `kyll build` (the bin bundle beside --dist) into `dest`: one untimed build first (it
 * writes the engine's code cache; for `warm`, also .jekyll-cache), then `runs` timed ones. The
 * stages come from the line the CLI prints with KYLL_TIMINGS set ("kyll: N files written to … in T s (read …, render …,
 * write …)").
 */
// Each bench site's builds keep their engine code cache apart (beside the site, unless
// KYLL_CODE_CACHE_DIR is set): V8's data holds every function the build that wrote it compiled, so
// a cache written by the 1,000-post build made the themed blog's builds deserialize ~0.5 MB more
// (~35 ms a build, measured), where a user's cache comes from builds of their own site.
function codeCacheEnv(site) {
  return process.env.KYLL_CODE_CACHE_DIR ? {} : { KYLL_CODE_CACHE_DIR: path.join(path.dirname(site), 'kyll-code-cache') };
}

async function timeCli(runs, site, dest, warm, keepDest) {
  const bin = path.join(path.dirname(entry), 'bin.cjs');
  const cache = path.join(site, '.jekyll-cache');
  const r = await median(runs, 1, () => {
    if (!keepDest) fs.rmSync(dest, { recursive: true, force: true });
    if (!warm) fs.rmSync(cache, { recursive: true, force: true });
    return run(process.execPath, [bin, 'build', '--source', site, '--destination', dest], { cwd: site, extraEnv: { ...codeCacheEnv(site), KYLL_TIMINGS: '1' } });
  });
  const m = /files written to .* in ([\d.]+) s \((.*)\)/.exec(r.out);
  const timings = m ? Object.fromEntries(m[2].split(', ').map((kv) => kv.split(' ')).map(([k, v]) => [k, Number(v)])) : {};
  if (m) timings.total = Number(m[1]) * 1000;
  return { ...r, report: m ? { ok: true, ms: Number(m[1]) * 1000, timings, diagnostics: 0 } : null };
}

/** Times renderSite() of the library (--dist) in a child process, cold, into `dest`; its peak RSS is the child's own. */
async function timeRenderSite(runs, site, dest) {
  const cache = path.join(site, '.jekyll-cache');
  const reportOf = (r) => {
    const line = r.out.split('\n').find((l) => l.startsWith('KYLL_BENCH_RESULT '));
    return line ? JSON.parse(line.slice('KYLL_BENCH_RESULT '.length)) : null;
  };
  const r = await median(runs, 0, () => {
    fs.rmSync(dest, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
    return run(process.execPath, [fileURLToPath(import.meta.url), '--child-kyll', entry, site, dest], { measureRss: false, extraEnv: codeCacheEnv(site) });
  }, (r) => reportOf(r)?.maxRSS ?? null);
  return { ...r, report: reportOf(r) };
}

/** Times a peer (Jekyll, Hugo, Eleventy) building into `dest` from scratch each run, and records it. */
async function timePeer(tool, n, runs, dest, cwd, cmd, argv) {
  process.stdout.write(`${tool} … `);
  const r = await median(runs, 0, () => {
    fs.rmSync(dest, { recursive: true, force: true });
    return run(cmd, argv, { cwd });
  });
  record(tool, n, r, dest);
}

/** Prints and records a peer's run: its median, files and peak memory. */
function record(tool, n, r, dest) {
  if (r.code === 0) {
    const files = countFiles(dest);
    console.log(`${fmtS(r.ms)}, ${files} files, peak RSS ${fmtMB(r.rssKiB)}`);
    results.push({ tool, n, ok: true, ms: r.ms, rssKiB: r.rssKiB, files });
  } else {
    console.log(`FAILED (exit ${r.code})\n${tail(r.err || r.out)}`);
    results.push({ tool, n, ok: false, ms: r.ms, rssKiB: r.rssKiB });
  }
}

/** The Jekyll rows: [tool name, command and its first arguments]. */
function jekyllVariants() {
  const ruby = which('ruby');
  const fixed = ruby && fs.existsSync(JEKYLL_FIX) ? [['jekyll fixed', [ruby, '-r', JEKYLL_FIX, jekyll]]] : [];
  return [...fixed, ...(jekyllStock || fixed.length === 0 ? [['jekyll', [jekyll]]] : [])];
}

/**
 * Start-up: a bare `node`, then `import('kyll')` and `require('kyll')` of the package's root
 * entry (the bundle `--dist` names) and `kyll --version` (the bin bundle beside it).
 */
async function startupRows(runs) {
  const bin = path.join(path.dirname(entry), 'bin.cjs');
  const href = pathToFileURL(entry).href;
  console.log(`\n== start-up (median of ${runs})`);
  const cases = [
    ['node -e 0', ['-e', '0']],
    ["import('kyll')", ['-e', `import(${JSON.stringify(href)})`]],
    ["require('kyll')", ['-e', `require(${JSON.stringify(entry)})`]],
    ['kyll --version', [bin, '--version']],
  ];
  for (const [tool, argv] of cases) {
    process.stdout.write(`${tool} … `);
    const r = await median(runs, 1, () => run(process.execPath, argv));
    console.log(r.code === 0 ? `${fmtMs(r.ms)}, peak RSS ${fmtMB(r.rssKiB)}` : `FAILED (exit ${r.code})\n${tail(r.err || r.out)}`);
    results.push({ tool, n: 'startup', ok: r.code === 0, ms: r.ms, rssKiB: r.rssKiB, files: null });
  }
}

// --- the table -------------------------------------------------------------------------
const rows = [['tool', 'posts', 'wall', 'posts/s', 'peak RSS', 'files', 'time vs kyll']];
for (const r of results) {
  if (r.n === 'startup') {
    rows.push([r.tool, 'start-up', r.ok ? fmtMs(r.ms) : 'FAILED', '—', fmtMB(r.rssKiB), '—', '—']);
    continue;
  }
  const kyll = results.find((k) => (k.tool === 'kyll' || k.tool === 'kyll cold') && k.n === r.n && k.ok);
  const ratio = !r.ok ? 'failed' : kyll ? `${(r.ms / kyll.ms).toFixed(2)}×` : '—';
  const count = r.n === 'themed' || r.n === 'compress' ? 100 : r.n;
  rows.push([r.tool, r.n === 'themed' ? '100 themed' : r.n === 'compress' ? '100 compress' : String(r.n), r.ok ? fmtS(r.ms) : 'FAILED', r.ok ? (count / (r.ms / 1000)).toFixed(0) : '—', fmtMB(r.rssKiB), r.ok ? String(r.files) : '—', ratio]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
console.log('');
rows.forEach((row, i) => {
  console.log(row.map((c, j) => (j <= 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
});
console.log('\nwall = the whole process (Node start-up included); "time vs kyll" > 1 means slower than `kyll build`.');
console.log('"kyll" is the CLI, `kyll build` (after one untimed build that writes its V8 code cache); "kyll renderSite" the library\'s renderSite() in a child Node process.');
console.log('Hugo and Eleventy build equivalent but not identical sites (their own templates; Hugo: RSS instead of Atom; neither has the SEO tag; Eleventy: no code highlighting).');
console.log('"jekyll fixed" is Jekyll 4.3.1 with 4.3.2\'s fix of its quadratic Site#each_site_file (bench/jekyll-fixed.rb).');
console.log('Themed: "kyll cold" compiles the Sass (no .jekyll-cache), "kyll warm" takes it from the cache; Jekyll runs with --disable-disk-cache.');

if (jsonOut) {
  fs.writeFileSync(jsonOut, JSON.stringify({ seed, sizes, results }, null, 2) + '\n');
  console.log(`results written to ${jsonOut}`);
}
process.exitCode = results.some((r) => r.tool.startsWith('kyll') && !r.ok) ? 1 : 0;
