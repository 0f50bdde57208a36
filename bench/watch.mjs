#!/usr/bin/env node
// Latency of the long-lived builder: the generated benchmark blog (10,000
// posts by default) is built once, then one post's body, one post's title, a
// layout and an include are each edited and saved `--times` times; each time
// is from the save to the changed outputs being written (builder.update),
// in this process.
//
//   npm run bench:watch                (= npm run build && node bench/watch.mjs)
//   node bench/watch.mjs [N] [--times 20] [--seed 42] [--only body,title,layout,include] [--json file]
//
// The site is generated into bench/out/n<N>/site (gitignored) as bench.mjs does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
const seed = Number(option('--seed', '42'));
const only = option('--only', 'body,title,layout,include').split(',');
const jsonOut = option('--json', undefined);
const n = Number(args[0] ?? 10000);
Object.assign(process.env, { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC', JEKYLL_ENV: 'production' });

const { createBuilder } = await import(pathToFileURL(path.join(here, '..', 'dist', 'index.js')).href);
const root = path.join(here, 'out', `n${n}`);
const site = path.join(root, 'site');
if (!fs.existsSync(path.join(site, '_config.yml'))) generateSite({ posts: n, dest: site, seed });
const destination = path.join(root, 'watch-site');

const t0 = performance.now();
const builder = await createBuilder({ source: site, destination });
await builder.build();
console.log(`kyll builder: ${n} posts, first build ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const posts = fs.readdirSync(path.join(site, '_posts')).sort();
const post = `_posts/${posts[Math.floor(posts.length / 2)]}`;
const read = (rel) => fs.readFileSync(path.join(site, rel), 'utf8');
const originals = new Map();
const save = (rel, text) => {
  if (!originals.has(rel)) originals.set(rel, read(rel));
  fs.writeFileSync(path.join(site, rel), text);
};
const edits = {
  body: (i) => save(post, `${originals.get(post) ?? read(post)}\n\nEdit ${i}.\n`),
  title: (i) => save(post, (originals.get(post) ?? read(post)).replace(/^title: .*$/m, `title: 'Edited title ${i}'`)),
  layout: (i) => save('_layouts/post.html', `${originals.get('_layouts/post.html') ?? read('_layouts/post.html')}<!-- ${i} -->\n`),
  include: (i) => save('_includes/header.html', `${originals.get('_includes/header.html') ?? read('_includes/header.html')}<!-- ${i} -->\n`),
};
const changedPath = { body: post, title: post, layout: '_layouts/post.html', include: '_includes/header.html' };

const report = {};
try {
  for (const kind of only) {
    const ms = [];
    const cpu = [];
    let rendered = 0;
    let written = 0;
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      const cpu0 = process.cpuUsage();
      edits[kind](i);
      const u = await builder.update([changedPath[kind]]);
      ms.push(performance.now() - start);
      const c = process.cpuUsage(cpu0);
      cpu.push((c.user + c.system) / 1000);
      rendered = u.rendered;
      written = u.written.length;
    }
    ms.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const mid = Math.floor(ms.length / 2);
    report[kind] = { median: ms[mid], worst: ms[ms.length - 1], cpuMedian: cpu[mid], cpuWorst: cpu[cpu.length - 1], rendered, written };
    // CPU time too: on a loaded machine the wall clock also counts other processes' turns.
    console.log(
      `${kind.padEnd(8)} median ${ms[mid].toFixed(1)} ms, worst ${ms[ms.length - 1].toFixed(1)} ms ` +
        `(CPU ${cpu[mid].toFixed(1)} / ${cpu[cpu.length - 1].toFixed(1)} ms; ${rendered} rendered, ${written} files written)`,
    );
    // Put the file back before the next kind of edit.
    for (const [rel, text] of originals) fs.writeFileSync(path.join(site, rel), text);
    await builder.update([...originals.keys()]);
    originals.clear();
  }
} finally {
  for (const [rel, text] of originals) fs.writeFileSync(path.join(site, rel), text);
}
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify({ posts: n, times, report }, null, 2)}\n`);
