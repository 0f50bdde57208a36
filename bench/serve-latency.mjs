#!/usr/bin/env node
// Save-to-served latency of a running dev server, kyll's or Jekyll's, on the
// generated benchmark blog: the server runs as its own process with live
// reload; one post's body, its title, a layout and an include are each edited
// and saved `--times` times; each time runs from the save until an HTTP GET of
// the post's page returns the edited text (fetched on each live reload
// message, and polled every 20 ms in case a message is missed).
//
//   node bench/serve-latency.mjs kyll   [N] [--times 20] [--only body,title,layout,include] [--json file]
//   node bench/serve-latency.mjs jekyll [N] [--times 5] [--timeout 3600]  (jekyll serve --incremental --livereload)
//
// Each tool gets its own copy of bench/out/n<N>/site (made by generate-site.mjs
// when missing), in bench/out/n<N>/<tool>-serve/, so caches never mix.
// Each row also gives the server's CPU time per save (user + system, from
// /proc on Linux), which load from other processes does not inflate as it
// does wall time. KYLL_BIN=path/to/bin.js runs another build of kyll;
// KYLL_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { generateSite } from './generate-site.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const times = Number(option('--times', '20'));
const only = option('--only', 'body,title,layout,include').split(',');
const jsonOut = option('--json', undefined);
const timeoutMs = Number(option('--timeout', '300')) * 1000; // seconds per edit (Jekyll at 10,000 posts needs more)
const tool = args[0] ?? 'kyll';
const n = Number(args[1] ?? 1000);

const root = path.join(here, 'out', `n${n}`);
const pristine = path.join(root, 'site');
if (!fs.existsSync(path.join(pristine, '_config.yml'))) generateSite({ posts: n, dest: pristine, seed: 42 });
const work = path.join(root, `${tool}-serve`);
const site = path.join(work, 'site');
const dest = path.join(work, '_site');
fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(pristine, site, { recursive: true });

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const port = await freePort();
const lrPort = await freePort();
const command =
  tool === 'jekyll'
    ? ['jekyll', ['serve', '--incremental', '--livereload', '-s', site, '-d', dest, '-P', String(port), '--livereload-port', String(lrPort)]]
    : ['node', [...(process.env.KYLL_NODE_ARGS ?? '').split(' ').filter(Boolean), process.env.KYLL_BIN ?? path.join(here, '..', 'dist', 'cli', 'bin.js'), 'serve', '-s', site, '-d', dest, '-P', String(port), '--livereload-port', String(lrPort)]];
const t0 = performance.now();
const child = spawn(command[0], command[1], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JEKYLL_ENV: 'development' } });
let log = '';
child.stdout.on('data', (d) => (log += d));
child.stderr.on('data', (d) => (log += d));
const stop = () => {
  if (child.exitCode === null) child.kill('SIGINT');
};
process.on('exit', stop);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const get = async (url) => {
  try {
    const res = await fetch(url);
    return res.status === 200 ? await res.text() : undefined;
  } catch {
    return undefined;
  }
};
// Ready: both print "server running" once the watcher is ready too (an earlier save could go unseen).
for (;;) {
  if (child.exitCode !== null) throw new Error(`${tool} serve exited:\n${log}`);
  if (/server running/i.test(log) && (await get(`http://127.0.0.1:${port}/`)) !== undefined) break;
  await sleep(200);
}
console.log(`${tool} serve: ${n} posts, up after ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const posts = fs.readdirSync(path.join(site, '_posts')).sort();
const post = `_posts/${posts[Math.floor(posts.length / 2)]}`;
const id = post.replace(/^_posts\/\d{4}-\d\d-\d\d-/, '').replace(/\.md$/, '');
// The post's URL: /:categories/:year/:month/:day/:title.html, as both write it.
const findOutput = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const found = findOutput(p);
      if (found) return found;
    } else if (e.name === `${id}.html`) return p;
  }
  return undefined;
};
const pageUrl = `http://127.0.0.1:${port}/${path.relative(dest, findOutput(dest)).split(path.sep).join('/')}`;

const ws = new WebSocket(`ws://127.0.0.1:${lrPort}/livereload`);
await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
ws.send(JSON.stringify({ command: 'hello', protocols: ['http://livereload.com/protocols/official-7'] }));
let wake = () => {};
ws.on('message', () => wake());

const read = (rel) => fs.readFileSync(path.join(site, rel), 'utf8');
const originals = new Map();
const save = (rel, edit) => {
  if (!originals.has(rel)) originals.set(rel, read(rel));
  fs.writeFileSync(path.join(site, rel), edit(originals.get(rel)));
};
const edits = {
  body: (i) => (save(post, (t) => `${t}\n\nEdit number ${i}.\n`), `Edit number ${i}.`),
  title: (i) => (save(post, (t) => t.replace(/^title: .*$/m, `title: 'Edited title ${i}'`)), `Edited title ${i}`),
  layout: (i) => (save('_layouts/post.html', (t) => `${t}<!-- layout ${i} -->\n`), `<!-- layout ${i} -->`),
  include: (i) => (save('_includes/header.html', (t) => `${t}<!-- include ${i} -->\n`), `<!-- include ${i} -->`),
};

/** Waits until the page shows `marker`; milliseconds since `start`. */
const served = async (marker, start, absent = false) => {
  for (;;) {
    const page = await get(pageUrl);
    if (page !== undefined && page.includes(marker) !== absent) return performance.now() - start;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${marker} at ${pageUrl}; the server said:\n${log}`);
    await new Promise((r) => {
      wake = r;
      setTimeout(r, 20);
    });
  }
};

/** The server's CPU milliseconds so far (Linux; undefined elsewhere). */
const cpuMs = () => {
  try {
    const fields = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return undefined;
  }
};

const report = {};
try {
  for (const kind of only) {
    const ms = [];
    let marker = '';
    const cpu0 = cpuMs();
    for (let i = 0; i < times; i++) {
      await sleep(1100); // distinct mtimes (Jekyll's incremental regenerator compares them by the second)
      const start = performance.now();
      marker = edits[kind](i);
      ms.push(await served(marker, start));
    }
    const cpu = cpu0 === undefined ? undefined : (cpuMs() - cpu0) / times;
    ms.sort((a, b) => a - b);
    report[kind] = { median: ms[Math.floor(ms.length / 2)], worst: ms[ms.length - 1], cpuPerSave: cpu, all: ms };
    const cpuText = cpu === undefined ? '' : `, server CPU ${cpu.toFixed(0)} ms per save`;
    console.log(`${kind.padEnd(8)} median ${report[kind].median.toFixed(0)} ms, worst ${report[kind].worst.toFixed(0)} ms (${times} saves${cpuText})`);
    for (const [rel, text] of originals) fs.writeFileSync(path.join(site, rel), text);
    originals.clear();
    // The site back as it was before the next kind of edit.
    await served(marker, performance.now(), true);
  }
} finally {
  for (const [rel, text] of originals) fs.writeFileSync(path.join(site, rel), text);
  ws.close();
  stop();
}
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify({ tool, posts: n, times, report }, null, 2)}\n`);
process.exit(0);
