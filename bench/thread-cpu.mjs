#!/usr/bin/env node
// CPU time of each thread of one kyll build: the main thread, the threads that
// kyll starts (render workers, the writer, Sass) and Node's own (V8's compiler
// and garbage-collector helpers, libuv's pool), so that what a second render
// thread costs can be told apart from what it saves (lib/render/parallel.ts).
// The build runs in a child process; this one reads /proc/<pid>/task/<tid>/stat
// every few milliseconds and keeps each thread's last utime+stime (10 ms ticks;
// a thread that ends loses at most its last poll interval).
//
//   node bench/thread-cpu.mjs SITE [--threads N] [--memory] [--runs R] [--dist dist/bundle/kyll.js]
//
// Each run prints one line: wall time, the child's own CPU (process.cpuUsage), then
// main / each thread started after Node's start-up, by start time / Node's helpers
// (the threads running before kyll is imported), and the total.
// Linux only. Time on a loaded machine is inflated; compare runs made side by side.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

if (args[0] === '--child') {
  // The build itself: renderSite from the bundle, to a temporary folder or in memory. First
  // the threads Node itself started (V8's helpers, libuv's pool...), before kyll loads.
  const [, dist, source, threads, memory] = args;
  console.log(JSON.stringify({ node: fs.readdirSync('/proc/self/task').map(Number) }));
  const { renderSite } = await import(pathToFileURL(dist).href);
  const t0 = performance.now();
  const destination = memory === 'memory' ? undefined : fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'kyll-thread-cpu-'));
  const r = await renderSite({
    source,
    ...(destination ? { destination } : { write: false }),
    threads: Number(threads),
    config: { disable_disk_cache: true },
    env: { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' },
  });
  const c = process.cpuUsage();
  // The parent removes the destination, after counting: not this process's time.
  console.log(JSON.stringify({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000, threads: r.threads, files: r.files.length, destination }));
} else {
  const source = args.find((a, i) => !a.startsWith('--') && !['--threads', '--runs', '--dist'].includes(args[i - 1]));
  if (!source) {
    console.error('usage: node bench/thread-cpu.mjs SITE [--threads N] [--memory] [--runs R] [--dist dist/bundle/kyll.js]');
    process.exit(2);
  }
  const dist = path.resolve(option('--dist', path.join(here, '..', 'dist', 'bundle', 'kyll.js')));
  const threads = option('--threads', '1');
  for (let run = 0, runs = Number(option('--runs', '1')); run < runs; run++) {
    console.log(await measure(dist, path.resolve(source), threads, args.includes('--memory') ? 'memory' : 'disk'));
  }
}

/** One build in a child process, polled: its report line. */
async function measure(dist, source, threads, mode) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', dist, source, threads, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const tasks = new Map();
  let ended = false;
  child.on('exit', () => (ended = true));
  while (!ended) {
    poll(child.pid, tasks, performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const wall = performance.now() - t0;
  const lines = out.trim().split('\n').map((l) => JSON.parse(l));
  const own = new Set(lines.find((l) => l.node)?.node ?? []);
  const result = lines.find((l) => l.wall !== undefined) ?? {};
  if (result.destination) fs.rmSync(result.destination, { recursive: true, force: true });
  const all = [...tasks.entries()].map(([tid, t]) => ({ tid, ...t }));
  const main = all.find((t) => t.tid === child.pid)?.cpu ?? 0;
  const later = all.filter((t) => !own.has(t.tid) && t.cpu > 0).sort((a, b) => a.first - b.first);
  const helpers = all.filter((t) => t.tid !== child.pid && own.has(t.tid)).reduce((s, t) => s + t.cpu, 0);
  const total = all.reduce((s, t) => s + t.cpu, 0);
  const s = (ms) => (ms / 1000).toFixed(2);
  const started = later.map((t) => `${s(t.cpu)} (from ${s(t.first)})`).join(', ') || '-';
  return `threads ${result.threads ?? '?'}: wall ${s(wall)} s (build ${s(result.wall ?? 0)}), process CPU ${s(result.cpu ?? 0)} | main ${s(main)} | started later: ${started} | Node helpers ${s(helpers)} | total ${s(total)}`;
}

/** Each thread's CPU so far (ms), the first time it was seen, from /proc. */
function poll(pid, tasks, now) {
  let ids;
  try {
    ids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const id of ids) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/task/${id}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) * 10;
    const tid = Number(id);
    const t = tasks.get(tid) ?? { first: now, cpu: 0 };
    t.cpu = Math.max(t.cpu, cpu);
    tasks.set(tid, t);
  }
}
