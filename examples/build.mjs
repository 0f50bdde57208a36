#!/usr/bin/env node
// Builds examples/blog with kyll's public API and prints what was written.
//
//   npm run example          (= npm run build && node examples/build.mjs)
//   node examples/build.mjs [source] [destination]
//
// Uses the compiled package (../dist/index.js), exactly as a user would.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.resolve(process.argv[2] ?? path.join(here, 'blog'));
const destination = path.resolve(process.argv[3] ?? path.join(source, '_site'));
const entry = path.join(here, '..', 'dist', 'index.js');

if (!fs.existsSync(entry)) {
  console.error(`kyll is not built: ${path.relative(process.cwd(), entry)} is missing. Run \`npm run build\` first (or \`npm run example\`).`);
  process.exit(1);
}

let renderSite;
try {
  ({ renderSite } = await import(entry));
} catch (err) {
  console.error(`Could not load ${path.relative(process.cwd(), entry)}: ${err?.message ?? err}`);
  console.error('The engine may be incomplete or not built; run `npm run build` and check its errors.');
  process.exit(1);
}
if (typeof renderSite !== 'function') {
  console.error(`${entry} does not export renderSite().`);
  process.exit(1);
}

const fmtSize = (n) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`);

const started = performance.now();
let result;
try {
  result = await renderSite({ source, destination });
} catch (err) {
  // kyll errors carry file/line/code frame in their message; print it as is.
  console.error(`Build failed: ${err?.message ?? err}`);
  if (process.env.DEBUG) console.error(err?.stack);
  process.exit(1);
}
const elapsed = performance.now() - started;

const files = [...(result.files ?? [])].sort((a, b) => a.path.localeCompare(b.path));
const total = files.reduce((sum, f) => sum + (f.size ?? 0), 0);
console.log(`Built ${path.relative(process.cwd(), source) || '.'} → ${path.relative(process.cwd(), destination) || '.'}`);
console.log(`${files.length} files, ${fmtSize(total)}\n`);

const urlWidth = Math.min(60, Math.max(3, ...files.map((f) => String(f.url ?? '').length)));
for (const f of files) {
  console.log(`  ${String(f.url ?? '').padEnd(urlWidth)}  ${fmtSize(f.size ?? 0).padStart(10)}  ${f.path}`);
}

const timings = Object.entries(result.timings ?? {});
if (timings.length > 0) {
  console.log('\nTimings:');
  for (const [stage, ms] of timings) console.log(`  ${stage.padEnd(10)} ${Number(ms).toFixed(1).padStart(8)} ms`);
}
console.log(`  ${'(wall)'.padEnd(10)} ${elapsed.toFixed(1).padStart(8)} ms`);

const diagnostics = result.diagnostics ?? [];
if (diagnostics.length > 0) {
  console.log(`\n${diagnostics.length} diagnostic(s):`);
  for (const d of diagnostics) {
    const where = d.file ? ` ${d.file}${d.line ? `:${d.line}` : ''}` : '';
    console.log(`  ${d.level ?? 'warning'}${d.code ? ` [${d.code}]` : ''}${where}: ${d.message}`);
  }
}
