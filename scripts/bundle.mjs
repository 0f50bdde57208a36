#!/usr/bin/env node
// Bundles the compiled package (dist/, from tsc) into a few files in
// dist/bundle/, one per entry point plus shared chunks, all in one folder so
// that `new URL('./render-worker.js', import.meta.url)` finds the worker's
// bundle from any of them. Loading ~500 ES modules one by one is most of
// kyll's start-up time; one file per entry cuts `import('kyll')` by about 3×.
// The package's `exports` point at these bundles (the types stay tsc's .d.ts);
// every entry is built in this one run, so that they share chunks and so one
// copy of each class (KyllError, RubyFloat...) whichever entry loads it. The
// unbundled dist/ stays as tsc wrote it for the tests; it is not published.
//
// The command itself is bin.cjs, a small CommonJS launcher (see its build at the end).
//
//   node scripts/bundle.mjs        (run by `npm run build`)
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asciiOnly } from './ascii-only.mjs';
import { sharedInterop } from './shared-interop.mjs';
import { lazyBuiltins } from './lazy-builtins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const outdir = path.join(dist, 'bundle');
// Chunk names change with their contents: start from an empty folder.
fs.rmSync(outdir, { recursive: true, force: true });

// Rouge's lexers (0.5 MB) load on first use: dist/highlight/lexer-modules.js imports every
// lexer module; here it becomes a table of require() calls, which esbuild turns into lazily
// evaluated module bodies (__esm), so a lexer's code runs, and is compiled, only when a code
// block asks for its language. The names and aliases stay in registry.js, loaded at once.
const lazyModules = ({ syncText, lexerFiles = false } = {}) => ({
  name: 'lazy-modules',
  setup(b) {
    // In the package's ES module build (`syncText`), dist/entries/sync-modules.js becomes a loader of
    // the synchronous API (lib/entries/sync-core.ts, bundled as CommonJS below) kept as a string and
    // compiled on the first call of parsePost or buildCollections: bundled lazily (__esm), its ~420 KB
    // (liquidjs, js-yaml, the site reader) were still parsed at every import('kyll') (~20 ms of CPU),
    // while a string literal is only scanned. A string rather than a file beside the bundle, so that a
    // bundler that bundles kyll again carries it along; compiled by `new Function`, in the caller's
    // realm, with the require() of the ES module side's errors and time modules (entries/engine-shared.ts);
    // by node:vm where code generation from strings is off (--disallow-code-generation-from-strings).
    if (syncText !== undefined) {
      b.onLoad({ filter: /[\\/]dist[\\/]entries[\\/]sync-modules\.js$/ }, (args) => ({
        contents: `import { sharedRequire } from './engine-shared.js';
const SOURCE = ${JSON.stringify(`${syncText}\n//# sourceURL=kyll-sync.cjs`)};
let sync;
function compile() {
  try {
    return new Function('require', 'module', 'exports', SOURCE);
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    return require('node:vm').runInThisContext(\`(function (require, module, exports) {\${SOURCE}\\n})\`, { filename: 'kyll-sync.cjs' });
  }
}
function load() {
  if (sync === undefined) {
    const module = { exports: {} };
    compile()(sharedRequire(require), module, module.exports);
    sync = module.exports;
  }
  return sync;
}
export { load as parsePostModule, load as buildCollectionsModule };
`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
    }
    // Likewise the CommonMark stack (remark-parse, remark-gfm, remark-rehype, micromark), only
    // for sites with `markdown: CommonMark` (dist/markdown/commonmark-module.js), and, in the other
    // builds, the modules of the root entry's synchronous functions (dist/entries/sync-modules.js). Such a file imports each module as a
    // namespace (`import * as x from '...'`) and returns it from a function: the import goes and
    // `return x;` becomes `return require('...');`.
    b.onLoad({ filter: /[\\/]dist[\\/](markdown[\\/]commonmark-module|entries[\\/]sync-modules)\.js$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      const imports = new Map([...text.matchAll(/^import \* as (\w+) from (["'][^"']+["']);$/gm)].map((m) => [m[1], m[2]]));
      if (imports.size === 0) throw new Error(`lazy-modules: no namespace imports found in ${args.path}`);
      let contents = text.replace(/^import \* as \w+ from ["'][^"']+["'];$/gm, '');
      for (const [name, spec] of imports) {
        const before = contents;
        contents = contents.replaceAll(`return ${name};`, `return require(${spec});`);
        if (contents === before) throw new Error(`lazy-modules: ${name} is imported but never returned in ${args.path}`);
      }
      return { contents, resolveDir: path.dirname(args.path), loader: 'js' };
    });
    // liquidjs's two slugify patterns are /u literals with \p{...} classes: V8 checks such a
    // literal's classes when it parses the file (about 3M instructions each), and makes the
    // pattern when the module runs (as much again). kyll has its own slugify filter, so liquidjs's
    // table of them becomes getters that make each pattern on first use.
    b.onLoad({ filter: /[\\/]node_modules[\\/]liquidjs[\\/]dist[\\/]liquid\.node\.js$/ }, (args) => {
      let contents = fs.readFileSync(args.path, 'utf8');
      // (liquidjs's file has CRLF line ends.)
      const eol = contents.includes('\r\n') ? '\r\n' : '\n';
      const table = `const rSlugifyDefault = /[^\\p{M}\\p{L}\\p{Nd}]+/ug;
const rSlugifyReplacers = {
    'raw': /\\s+/g,
    'default': rSlugifyDefault,
    'pretty': /[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+/ug,
    'ascii': /[^A-Za-z0-9]+/g,
    'latin': rSlugifyDefault,
    'none': null
};`.replaceAll('\n', eol);
      if (!contents.includes(table)) throw new Error(`lazy-regexps: liquidjs's slugify table not found in ${args.path}`);
      contents = contents.replace(table, () => `let kyllSlugifyDefault, kyllSlugifyPretty;
const rSlugifyDefault = () => (kyllSlugifyDefault ??= new RegExp(${JSON.stringify('[^\\p{M}\\p{L}\\p{Nd}]+')}, "ug"));
const rSlugifyReplacers = {
    'raw': /\\s+/g,
    get 'default'() { return rSlugifyDefault(); },
    get 'pretty'() { return (kyllSlugifyPretty ??= new RegExp(${JSON.stringify("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+")}, "ug")); },
    'ascii': /[^A-Za-z0-9]+/g,
    get 'latin'() { return rSlugifyDefault(); },
    'none': null
};`);
      if ((contents.match(/\brSlugifyDefault\b/g) ?? []).length !== 3) throw new Error(`lazy-regexps: liquidjs uses rSlugifyDefault elsewhere in ${args.path}`);
      // Every `new Liquid()` asks Intl for the default locale (about 30 ms of CPU for the first
      // Intl.DateTimeFormat of a process), which only liquidjs's own date formatting reads: kyll's
      // engine and its probes make three at load. The same value, asked for when first read.
      const locale = "options.locale = getDateTimeFormat()?.().resolvedOptions().locale ?? 'en-US';";
      if (!contents.includes(locale)) throw new Error(`lazy-locale: ${locale} not found in ${args.path}`);
      contents = contents.replace(locale, () => 'kyllLazyLocale(options);');
      contents += `
function kyllLazyLocale(options) {
  const set = (value) => Object.defineProperty(options, 'locale', { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(options, 'locale', { get: () => { const value = getDateTimeFormat()?.().resolvedOptions().locale ?? 'en-US'; set(value); return value; }, set, enumerable: true, configurable: true });
}
`;
      // liquidjs requires node:stream and node:crypto when it loads, for its streamed render
      // (renderToNodeStream) and its sha256/hmac filters, none of which kyll uses: node:crypto
      // alone is ~24M instructions of a process's start (callgrind: 30 internal modules
      // compiled). Each is required when first used.
      const builtins = [
        ["var stream = require('stream');", "var stream = { get PassThrough() { return require('stream').PassThrough; } };"],
        ["var crypto = require('crypto');", 'var crypto = { createHash: (...a) => require(\'crypto\').createHash(...a), createHmac: (...a) => require(\'crypto\').createHmac(...a) };'],
      ];
      for (const [eager, lazy] of builtins) {
        if (!contents.includes(eager)) throw new Error(`lazy-builtins: ${eager} not found in ${args.path}`);
        contents = contents.replace(eager, () => lazy);
      }
      // (stream.start/stop: the tags' local parse streams, which shadow the name.)
      const uses = contents.match(/(?<![.\w])(?:stream|crypto)\.\w+/g) ?? [];
      if (uses.some((u) => !['stream.PassThrough', 'stream.start', 'stream.stop', 'crypto.createHash', 'crypto.createHmac'].includes(u))) {
        throw new Error(`lazy-builtins: liquidjs uses ${[...new Set(uses)].join(', ')} of stream/crypto in ${args.path}`);
      }
      return { contents, resolveDir: path.dirname(args.path), loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]dist[\\/]highlight[\\/]lexer-modules\.js$/ }, (args) => {
      // The CommonJS bundles leave the lexers out: each is a file of its own (lexers/*.cjs, below),
      // read when first used (highlight/lexer-files.ts).
      if (lexerFiles) return { contents: "export { lexerModule } from './lexer-files.js';\n", resolveDir: path.dirname(args.path), loader: 'js' };
      const files = [...fs.readFileSync(args.path, 'utf8').matchAll(/^import \* as \w+ from ["']\.\/lexers\/([\w-]+)\.js["'];$/gm)].map((m) => m[1]);
      if (files.length === 0) throw new Error(`lazy-lexers: no lexer imports found in ${args.path}`);
      const loaders = files.map((f) => `  ${JSON.stringify(f)}: () => require(${JSON.stringify(`./lexers/${f}.js`)}),`).join('\n');
      return {
        contents: `const LOADERS = {\n${loaders}\n};\nconst loaded = new Map();\nexport function lexerModule(file) {\n  let m = loaded.get(file);\n  if (m === undefined && Object.hasOwn(LOADERS, file)) loaded.set(file, (m = LOADERS[file]()));\n  return m;\n}\n`,
        resolveDir: path.dirname(args.path),
        loader: 'js',
      };
    });
  },
});

const sharedModule = /^(?:errors|time)\/[\w-]+\.js$/;
const shared = new Set();
const sharedModules = {
  name: 'shared-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const rel = path.relative(dist, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      if (!sharedModule.test(rel)) return undefined;
      shared.add(rel);
      return { path: `kyll-shared:${rel}`, external: true };
    });
  },
};
// The synchronous API (entries/sync-core.ts) as the text of a CommonJS module, for lazyModules above.
const syncText = await (async () => {
  // Every module left out must be one that the loader hands over.
  const checkShared = () => {
    const listed = fs.readFileSync(path.join(dist, 'entries', 'engine-shared.js'), 'utf8');
    for (const rel of shared) if (!listed.includes(`'${rel}'`)) throw new Error(`sync-core: ${rel} is left out but entries/engine-shared.ts does not list it`);
  };
  const out = await build({
    plugins: [lazyModules(), sharedModules],
    absWorkingDir: root,
    entryPoints: [path.join(dist, 'entries', 'sync-core.js')],
    write: false,
    outfile: path.join(outdir, 'sync.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  // Pure ASCII (scripts/ascii-only.mjs): esbuild writes the string's other characters as \u escapes,
  // and one beyond Latin-1 makes V8 scan the whole 420 KB literal into a two-byte string at import('kyll').
  checkShared();
  const text = asciiOnly(sharedInterop(out.outputFiles[0].text, 'sync-core'), 'sync-core');
  if (/\bimport\.meta\b|(?<![\w$.])import\(/.test(text)) throw new Error('sync-core: import.meta or import() in the synchronous API');
  return text;
})();

await build({
  plugins: [lazyModules({ syncText }), lazyBuiltins],
  absWorkingDir: root,
  entryPoints: {
    kyll: path.join(dist, 'index.js'),
    bin: path.join(dist, 'cli', 'bin.js'),
    'render-worker': path.join(dist, 'render', 'render-worker.js'),
    // The package's other entry points (package.json "exports").
    markdown: path.join(dist, 'entries', 'markdown.js'),
    liquid: path.join(dist, 'entries', 'liquid.js'),
    highlight: path.join(dist, 'entries', 'highlight.js'),
    testing: path.join(dist, 'testing', 'index.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (liquidjs) call require() for Node's built-ins.
  // process.getBuiltinModule (Node >= 20.16) rather than an import, so that a bundler bundling these
  // bundles again meets no import of ours to clash with its own banner.
  banner: { js: "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The engine as one CommonJS file (lib/entries/engine-core.ts), which entries/engine-script.ts
// compiles through node:vm with a V8 code cache: V8 takes cached code only for a classic
// script, not for ES modules. The lazy modules stay lazy (the plugin above). It holds the CLI
// too (the `kyll` command runs it from here, cli/launch-engine.ts), and its own copy of lib/errors
// and lib/time (`instanceof` holds across copies: entries/shared-class.ts). import.meta.url becomes
// a parameter of the loader's wrapper (the file's own URL: engine.cjs sits beside the chunks, so
// the worker URLs resolve alike). Its first line carries the hash of the rest, for the cache's
// key, and says that the rest is ASCII.
await build({
  plugins: [lazyModules({ lexerFiles: true })],
  absWorkingDir: root,
  entryPoints: [path.join(dist, 'entries', 'engine-core.js')],
  outfile: path.join(outdir, 'engine.cjs'),
  bundle: true,
  // Only `kyll serve` needs these two (~360 KB with mime-db's table): required from node_modules when
  // it starts, rather than carried in the file every build reads (they are dependencies of the package).
  external: ['ws', 'mime-types'],
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__kyll_import_meta_url' },
  logLevel: 'warning',
});
{
  const file = path.join(outdir, 'engine.cjs');
  const text = fs.readFileSync(file, 'utf8');
  if (/\bimport\.meta\b/.test(text)) throw new Error('engine.cjs: import.meta left in a CommonJS file');
  // The engine's own import() (plugin modules by URL) goes through the loader's import(), a
  // parameter of its wrapper: a script compiled from cached data has no dynamic import callback
  // (Node 20: "A dynamic import callback was not specified").
  const dynamic = /(?<![\w$.])import\(/g;
  if (!dynamic.test(text)) throw new Error('engine.cjs: no import() found (plugins load through one)');
  // Pure ASCII, so that the loader reads it as Latin-1 (scripts/ascii-only.mjs); the header says so.
  const engine = asciiOnly(sharedInterop(text.replace(dynamic, '__kyll_import('), 'engine.cjs'), 'engine.cjs');
  const hash = (await import('node:crypto')).createHash('sha256').update(engine).digest('hex').slice(0, 32);
  // Inside the loader's wrapper (entries/engine-loader.ts#ENGINE_WRAPPER, checked by
  // test/bundle/ascii-only.test.ts): V8 then compiles the file's text as read, without a copy.
  const wrapper = '(function (exports, require, module, __filename, __dirname, __kyll_import_meta_url, __kyll_import) {';
  fs.writeFileSync(file, `${wrapper}// kyll-engine ${hash} ascii\n${engine}\n})`);
}

// Rouge's lexers for the CommonJS bundles above and below (engine.cjs, markdown-work.cjs): one
// CommonJS file per module of dist/highlight/lexers, as tsc wrote it (its imports become require()
// calls, which highlight/lexer-files.ts answers with the bundle's own modules), ASCII only.
{
  const from = path.join(dist, 'highlight', 'lexers');
  const to = path.join(outdir, 'lexers');
  fs.rmSync(to, { recursive: true, force: true });
  const files = fs.readdirSync(from).filter((f) => f.endsWith('.js'));
  const { LEXER_SHARED_MODULES: shared } = await import(pathToFileURL(path.join(dist, 'highlight', 'lexer-files.js')).href);
  await build({
    absWorkingDir: root,
    entryPoints: files.map((f) => path.join(from, f)),
    outdir: to,
    outExtension: { '.js': '.cjs' },
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  for (const f of fs.readdirSync(to)) {
    const file = path.join(to, f);
    const text = fs.readFileSync(file, 'utf8');
    const outside = [...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]).filter((s) => !/^\.\/[\w-]+\.js$/.test(s));
    const unknown = outside.filter((s) => !shared.includes(s));
    if (unknown.length > 0) throw new Error(`lexers/${f}: requires ${unknown.join(', ')}, which highlight/lexer-files.ts does not share`);
    fs.writeFileSync(file, asciiOnly(text, `lexers/${f}`));
  }
}

// The Sass thread (render/sass-thread.ts), the writer thread (write/writer-thread.ts), the Markdown
// thread (render/markdown-thread.ts), the read-ahead thread (read/read-ahead.ts) and the stamping
// thread (build/background-stamps.ts), each as
// one CommonJS file: a worker whose code is CommonJS starts without Node's ES module loader (an
// empty worker: ~36 ms of CPU against ~44 ms). import.meta.url (libsass.wasm's place) is the file's own URL.
for (const [entry, out] of [['render/sass-worker.js', 'sass-worker.cjs'], ['write/writer-thread.js', 'writer-thread.cjs'], ['render/markdown-worker-cached.js', 'markdown-worker.cjs'], ['read/read-ahead-thread.js', 'read-ahead-thread.cjs'], ['build/stamp-thread.js', 'stamp-thread.cjs']]) {
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(dist, ...entry.split('/'))],
    outfile: path.join(outdir, out),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': '__kyll_import_meta_url' },
    banner: { js: "'use strict';\nconst __kyll_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
}

// The Markdown thread's work (render/markdown-work.ts), which markdown-worker.cjs compiles through
// a V8 code cache: one CommonJS file inside the wrapper it runs (render/markdown-worker-cached.ts),
// whose first line carries the hash of the rest (the cache's key), ASCII only (read as Latin-1).
// Its lexers load on first use, as the engine's do.
{
  const file = path.join(outdir, 'markdown-work.cjs');
  await build({
    plugins: [lazyModules({ lexerFiles: true })],
    absWorkingDir: root,
    entryPoints: [path.join(dist, 'render', 'markdown-work.js')],
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    define: { 'import.meta.url': '__kyll_import_meta_url' },
    logLevel: 'warning',
  });
  const work = asciiOnly(fs.readFileSync(file, 'utf8'), 'markdown-work.cjs');
  const hash = (await import('node:crypto')).createHash('sha256').update(work).digest('hex').slice(0, 32);
  const wrapper = '(function (exports, require, module, __filename, __dirname, __kyll_import_meta_url) {';
  fs.writeFileSync(file, `${wrapper}// kyll-markdown ${hash}\n${work}\n})`);
}

// The installed command (package.json "bin"): lib/cli/launch.ts as one small CommonJS file, so
// that `kyll --version` and `kyll help` answer without Node's ES module loader and without
// kyll's chunks; any other command runs the CLI of engine.cjs (cli/launch-engine.ts, a lazily
// run part of this file), or imports bin.js (left as an import, not bundled in).
// import.meta.url (engine.cjs's and the Sass thread's place) is the file's own URL, made when read.
await build({
  absWorkingDir: root,
  entryPoints: [path.join(dist, 'cli', 'launch.js')],
  outfile: path.join(outdir, 'bin.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['./bin.js'],
  define: { 'import.meta.url': '__kyll_meta.url' },
  banner: { js: "var __kyll_meta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  logLevel: 'warning',
});
const launcher = fs.readFileSync(path.join(outdir, 'bin.cjs'), 'utf8');
if (!launcher.startsWith('#!') || !launcher.includes('import("./bin.js")')) throw new Error('bin.cjs: expected a #! line and import("./bin.js") kept as an import');
fs.chmodSync(path.join(outdir, 'bin.cjs'), 0o755);

// The bundle's identity (build/kyll-identity.ts#kyllVersion): one hash of every file written above
// and of the two WebAssembly modules (libsass, cmark-gfm), so that the warm record, the --incremental state and the Sass cache
// made by one build of kyll are never taken by another of the same version number (a git install, a rebuilt
// checkout), whose outputs may differ. Written last, and not hashed itself.
{
  const crypto = await import('node:crypto');
  const h = crypto.createHash('sha256');
  const files = [];
  const walk = (dir, rel) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
      else if (e.isFile() && `${rel}${e.name}` !== 'build-id') files.push([`${rel}${e.name}`, path.join(dir, e.name)]);
    }
  };
  walk(outdir, '');
  files.push(['vendor/libsass/libsass.wasm', path.join(root, 'vendor', 'libsass', 'libsass.wasm')]);
  files.push(['vendor/cmark-gfm/cmark-gfm.wasm', path.join(root, 'vendor', 'cmark-gfm', 'cmark-gfm.wasm')]);
  for (const [name, file] of files) {
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    h.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  fs.writeFileSync(path.join(outdir, 'build-id'), `${h.digest('hex').slice(0, 32)}\n`);
}
