#!/usr/bin/env node
// The write stage of a rebuild, three ways, on the same outputs and the same
// existing destination, runs alternating (lib/write/site-writer.ts explains
// the choice):
//   swap         a fresh staging folder with every file, two renames, the old
//                site removed by a detached `rm -rf` (what kyll does);
//   inPlaceAll   every file written over the destination's (what Jekyll does);
//   inPlaceSkip  only files whose content hash differs from the previous
//                run's manifest written in place.
//   node bench/write-strategies.mjs <built-site-folder> <work-folder> [runs=5]
// The built site (e.g. a kyll build of bench/generate-site.mjs's blog) gives
// the outputs; <work-folder> is emptied and used. Wall and CPU ms per run.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const [, , from, work, runsArg] = process.argv;
if (!from || !work) {
  console.error('usage: node bench/write-strategies.mjs <built-site-folder> <work-folder> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const files = [];
const walk = (dir, rel) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(path.join(dir, e.name), r);
    else files.push({ path: r, contents: fs.readFileSync(path.join(dir, e.name), 'utf8') });
  }
};
walk(from, '');
const dest = path.join(work, '_site');

function writeAll(root, list) {
  fs.mkdirSync(root, { recursive: true });
  const made = new Set([root]);
  for (const f of list) {
    const target = path.join(root, f.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(target, f.contents);
  }
}

const hash = (s) => crypto.createHash('sha1').update(s).digest('base64');
const strategies = {
  swap() {
    const stamp = Date.now().toString(36);
    const staging = path.join(work, `.new-${stamp}`);
    const old = path.join(work, `.old-${stamp}`);
    writeAll(staging, files);
    fs.renameSync(dest, old);
    fs.renameSync(staging, dest);
    spawn('rm', ['-rf', old], { detached: true, stdio: 'ignore' }).unref();
  },
  inPlaceAll() {
    writeAll(dest, files);
  },
  inPlaceSkip() {
    const manifest = path.join(work, 'manifest.json');
    let previous = {};
    try {
      previous = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    } catch {
      // first run: every file is written
    }
    const next = {};
    const changed = [];
    for (const f of files) {
      next[f.path] = hash(f.contents);
      if (previous[f.path] !== next[f.path] || !fs.existsSync(path.join(dest, f.path))) changed.push(f);
    }
    writeAll(dest, changed);
    fs.writeFileSync(manifest, JSON.stringify(next));
  },
};

fs.rmSync(work, { recursive: true, force: true });
writeAll(dest, files);
strategies.inPlaceSkip();
const out = {};
for (let r = 0; r < runs; r++) {
  for (const [name, run] of Object.entries(strategies)) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    (out[name] ??= []).push([Math.round(ms), Math.round((c.user + c.system) / 1000)]);
    // Time for the detached removal and the kernel's writeback between runs.
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
for (const [name, v] of Object.entries(out)) {
  console.log(`${name.padEnd(12)} wall ms ${v.map((x) => x[0]).join(' ')} | cpu ms ${v.map((x) => x[1]).join(' ')}`);
}
console.log(`${files.length} files`);
