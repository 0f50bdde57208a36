#!/usr/bin/env node
// Bundles the compiled package (dist/, from tsc) into a few files in
// dist/bundle/, one per entry point plus shared chunks, all in one folder so
// that `new URL('./render-worker.js', import.meta.url)` finds the worker's
// bundle from any of them. Loading ~500 ES modules one by one is most of
// kyll's start-up time; one file per entry cuts `import('kyll')` by about 3×.
// The unbundled dist/ stays as tsc wrote it (types, tests, deep imports).
//
//   node scripts/bundle.mjs        (run by `npm run build`)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const outdir = path.join(dist, 'bundle');
// Chunk names change with their contents: start from an empty folder.
fs.rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    kyll: path.join(dist, 'index.js'),
    bin: path.join(dist, 'cli', 'bin.js'),
    'render-worker': path.join(dist, 'render', 'render-worker.js'),
    markdown: path.join(dist, 'markdown', 'index.js'),
    'sass-worker': path.join(dist, 'render', 'sass-worker.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // sass.js is loaded with createRequire on first use (a 4 MB asm.js file);
  // chokidar only by `kyll serve`.
  external: ['sass.js', 'chokidar'],
  // CommonJS dependencies (liquidjs) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __kyllCreateRequire } from 'node:module'; const require = __kyllCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
