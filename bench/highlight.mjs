// Throughput of lib/highlight per language (MB/s of UTF-8 input) on the cases of
// test/highlight/cases (Rouge's demos, conformance code blocks, real-world files).
//   npx tsc -p tsconfig.json && node bench/highlight.mjs [--dist DIR] [--lang ruby,python] [--seconds 1]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const dist = resolve(arg('--dist', new URL('../dist', import.meta.url).pathname));
const only = arg('--lang', '') ? new Set(arg('--lang', '').split(',')) : null;
const seconds = Number(arg('--seconds', '1'));
const { highlightCode, supportedLanguages } = await import(pathToFileURL(join(dist, 'highlight/index.js')).href);

const CASES = new URL('../test/highlight/cases', import.meta.url).pathname;
const supported = new Set(supportedLanguages());
const rows = [];
for (const folder of readdirSync(CASES).sort()) {
  const lang = folder.replace('__', '?');
  if (!supported.has(lang.split('?')[0]) || (only && !only.has(lang))) continue;
  const inputs = readdirSync(join(CASES, folder)).filter((f) => !f.endsWith('.html')).map((f) => readFileSync(join(CASES, folder, f), 'utf8'));
  const bytes = inputs.reduce((n, s) => n + Buffer.byteLength(s), 0);
  if (bytes < 2000) continue; // too small to time
  for (const s of inputs) highlightCode(s, lang); // warm up
  let runs = 0;
  const t0 = process.hrtime.bigint();
  let ns = 0;
  do {
    for (const s of inputs) highlightCode(s, lang);
    runs++;
    ns = Number(process.hrtime.bigint() - t0);
  } while (ns < seconds * 1e9);
  // The same text as one input: shows costs that grow with the length of a code block.
  const joined = inputs.join('\n');
  const t1 = process.hrtime.bigint();
  let joinedRuns = 0, ns1 = 0;
  do { highlightCode(joined, lang); joinedRuns++; ns1 = Number(process.hrtime.bigint() - t1); } while (ns1 < seconds * 1e9);
  rows.push({
    lang, files: inputs.length, KB: +(bytes / 1024).toFixed(1),
    'MB/s': +((bytes * runs) / 1e6 / (ns / 1e9)).toFixed(2),
    'MB/s joined': +((Buffer.byteLength(joined) * joinedRuns) / 1e6 / (ns1 / 1e9)).toFixed(2),
  });
}
console.table(rows);
