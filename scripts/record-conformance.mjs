#!/usr/bin/env node
// Records which files of the shared conformance corpus render identical or
// equivalent to real Jekyll, into test/conformance/passing.json, so the test
// suite keeps them passing. It only adds: a file once recorded stays (drop it
// by hand, with a reason in the commit, if a change is meant to lose it).
// Usage: npm run build && node scripts/record-conformance.mjs
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '..', 'shared', 'conformance');
const out = fs.mkdtempSync('/tmp/kyll-record-');
execFileSync('bash', [path.join(corpus, 'score-project.sh'), root], { env: { ...process.env, SCORE_OUT: out }, stdio: ['ignore', 'ignore', 'inherit'] });
const json = JSON.parse(execFileSync('node', [path.join(corpus, 'compare.mjs'), '--all', path.join(corpus, 'expected'), out, '--json', '--verbose'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const file = path.join(root, 'test', 'conformance', 'passing.json');
const passing = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
let added = 0;
for (const site of json.sites ?? []) {
  const set = new Set(passing[site.site] ?? []);
  for (const f of site.files ?? []) {
    if ((f.status === 'identical' || f.status === 'equivalent') && !set.has(f.path)) {
      set.add(f.path);
      added++;
    }
  }
  passing[site.site] = [...set].sort();
}
fs.writeFileSync(file, `${JSON.stringify(passing, null, 2)}\n`);
fs.rmSync(out, { recursive: true, force: true });
console.log(`record-conformance: ${added} newly passing files recorded in ${path.relative(root, file)}`);
