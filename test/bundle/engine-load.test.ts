// What loading the CommonJS engine (dist/bundle/engine.cjs) costs: one interop object per
// CommonJS module it imports (scripts/shared-interop.mjs), and no tables or patterns made at
// load for plugins and features a build may not use (jemoji's names, jekyll-toc's ids, _data's
// file names, Liquid's CJK word count, liquidjs's slugify patterns).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type SharedInterop = (text: string, name: string) => string;
let sharedInterop: SharedInterop;
beforeAll(async () => {
  ({ sharedInterop } = (await import(pathToFileURL(path.resolve('scripts/shared-interop.mjs')).href)) as { sharedInterop: SharedInterop });
});

// esbuild's helpers as it writes them in a CommonJS bundle, and two modules importing node:path.
const HELPERS = `var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
`;
const MODULES = `var import_a = __toESM(require("node:path"), 1);
var import_b = __toESM(require("node:path"), 1);
module.exports = { same: import_a === import_b, join: (0, import_b.join)("a", "b"), sep: import_a.default.sep, keys: Object.keys(import_a).length };
`;
const run = (text: string): Record<string, unknown> => {
  const module = { exports: {} as Record<string, unknown> };
  new Function('require', 'module', text)(createRequire(path.resolve('package.json')), module);
  return module.exports;
};

describe('scripts/shared-interop.mjs', () => {
  test('two importers of one CommonJS module share its interop object, which reads as before', () => {
    const before = run(HELPERS + MODULES);
    const after = run(sharedInterop(HELPERS + MODULES, 'test'));
    expect(before.same).toBe(false);
    expect(after).toEqual({ ...before, same: true });
  });

  test('a CommonJS package bundled into the file gets one namespace of data properties, not getters', () => {
    const bundled = `var require_pkg = () => { const e = { f: (x) => x + 1, n: 2 }; Object.defineProperty(e, "__esModule", { value: true }); return (require_pkg = () => e)(); };
var import_p = __toESM(require_pkg(), 1);
var import_q = __toESM(require_pkg(), 1);
module.exports = { same: import_p === import_q, f: (0, import_q.f)(1), n: import_p.n, def: import_p.default.n, getter: typeof Object.getOwnPropertyDescriptor(import_p, "f").get };
`;
    const before = run(HELPERS + bundled);
    const after = run(sharedInterop(HELPERS + bundled, 'test'));
    expect(before).toEqual({ same: false, f: 2, n: 2, def: 2, getter: 'function' });
    expect(after).toEqual({ same: true, f: 2, n: 2, def: 2, getter: 'undefined' });
  });

  test('a bundle without CommonJS imports is left as it is; a call it does not know stops the build', () => {
    expect(sharedInterop('var x = 1;\n', 'test')).toBe('var x = 1;\n');
    expect(() => sharedInterop(`${HELPERS}var c = __toESM(require("node:fs"));\n`, 'test')).toThrow(/__toESM called in a form/);
  });
});

const ENGINE = path.resolve('dist/bundle/engine.cjs');
const maybe = fs.existsSync(ENGINE) ? describe : describe.skip;

maybe('the engine bundle', () => {
  test('makes one interop object per CommonJS module (node:fs, node:path, liquidjs... were 80 at load)', () => {
    const text = fs.readFileSync(ENGINE, 'latin1');
    expect(text).toContain('var __kyll_toESM = ');
    expect(text.match(/__toESM\(/g)).toHaveLength(1); // the memo's own call
  });

  test('a build of a site without jemoji, jekyll-toc or _data makes none of their patterns', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-engine-load-'));
    try {
      fs.mkdirSync(path.join(dir, 'site', '_posts'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'site', '_posts', '2024-01-02-a.md'), '---\ntitle: A\n---\n# Hello\n\n{{ "a b" | slugify }}\n');
      // Records, in the child process, the source of every RegExp made through the constructor.
      fs.writeFileSync(path.join(dir, 'record.cjs'), 'const R = RegExp; globalThis.made = []; globalThis.RegExp = new Proxy(R, { construct(t, a, n) { globalThis.made.push(String(a[0])); return Reflect.construct(t, a, n); } });\n');
      const script = `const api = await import(${JSON.stringify(pathToFileURL(path.resolve('dist/bundle/kyll.js')).href)});
        const r = await api.renderSite({ source: ${JSON.stringify(path.join(dir, 'site'))}, write: false, env: {} });
        process.stdout.write(JSON.stringify({ made: globalThis.made, html: String(r.files.find((f) => f.path.endsWith('a.html')).contents) }));`;
      const out = JSON.parse(execFileSync(process.execPath, ['-r', path.join(dir, 'record.cjs'), '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', KYLL_CODE_CACHE: '0' } })) as { made: string[]; html: string };
      expect(out.html).toBe('<h1 id="hello">Hello</h1>\n\n<p>a-b</p>\n');
      const made = out.made.join('\n');
      expect(made).not.toContain(':(+1|-1|100|'); // jemoji's names
      expect(made).not.toContain(String.raw`[^\p{L}\p{Nl}\p{M}\p{Nd}\p{Pc}\- ]`); // jekyll-toc's ids
      expect(made).not.toContain(String.raw`[^\p{L}\p{M}\p{Nd}\p{Pc} \t\n\v\f\r-]+`); // _data file names
      expect(made).not.toContain(String.raw`\p{Script=Han}`); // number_of_words' CJK mode
      expect(made).not.toContain(String.raw`[\p{Cc}\p{Cf}`); // inspect's non-printable characters
      expect(made).not.toContain(String.raw`._~!$&'()+,;=@]+`); // slugify's pretty mode (kyll's and liquidjs's)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test("Rouge's lexers are files of their own, read when a code block asks for one, and highlight as the modules do", async () => {
    for (const bundle of ['engine.cjs', 'markdown-work.cjs']) {
      const text = fs.readFileSync(path.resolve('dist/bundle', bundle), 'latin1');
      expect(text).toContain('// dist/highlight/lexer-files.js');
      expect(text).not.toContain('// dist/highlight/lexers/');
    }
    // erb's lexer imports html's, which imports javascript's and css's: each a file, sharing the bundle's Lexing.
    const files = {
      '_posts/2024-01-02-a.md': '---\n---\n```erb\n<p><%= link_to "a" %></p>\n<script>var a = 1;</script>\n```\n\n```console\n$ ls -la\nx\n```\n\n~~~ objc\n@interface A : NSObject\n@end\n~~~\n\n{% highlight jsx %}\nconst a = <b c={1} />;\n{% endhighlight %}\n\n```nosuchlanguage\nplain\n```\n',
    };
    const script = `const fs = require('node:fs'); const read = fs.readFileSync; const lexers = [];
      fs.readFileSync = function (file, ...rest) { if (String(file).includes('/lexers/')) lexers.push(String(file).split('/').pop()); return read.call(this, file, ...rest); };
      import(${JSON.stringify(pathToFileURL(path.resolve('dist/bundle/kyll.js')).href)}).then(async (api) => {
        const r = await api.renderSite({ source: api.memorySource(${JSON.stringify(files)}), env: {} });
        process.stdout.write(JSON.stringify({ lexers, html: String(r.files.find((f) => f.path.endsWith('a.html')).contents) }));
      });`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', KYLL_CODE_CACHE: '0' } })) as { lexers: string[]; html: string };
    const { renderSite, memorySource } = await import('../../lib/index.js');
    const modules = await renderSite({ source: memorySource(files), env: {} });
    expect(out.html).toBe(String(modules.files.find((f) => f.path.endsWith('a.html'))!.contents));
    expect(out.html).toContain('<span class="nt">&lt;script&gt;</span><span class="kd">var</span>');
    for (const used of ['erb.cjs', 'html.cjs', 'javascript.cjs', 'console.cjs', 'jsx.cjs']) expect(out.lexers).toContain(used);
    expect(new Set(out.lexers).size).toBe(out.lexers.length); // each read once
    expect(out.lexers.length).toBeLessThan(15);
  }, 60_000);

  test('an in-memory build loads no node:child_process (nor its node:dgram)', () => {
    const script = `const before = new Set(process.moduleLoadList);
      const api = await import(${JSON.stringify(pathToFileURL(path.resolve('dist/bundle/kyll.js')).href)});
      await api.renderSite({ source: api.memorySource({ '_posts/2024-01-02-a.md': '---\\n---\\nHi' }), env: {} });
      process.stdout.write(process.moduleLoadList.filter((m) => !before.has(m)).join('\\n'));`;
    const loaded = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(loaded).toContain('NativeModule worker_threads'); // the engine did load
    // (node:net comes with the pipe of this child's stdout.)
    expect(loaded).not.toMatch(/NativeModule (child_process|dgram)\b/);
  }, 60_000);

  // (A small site's build loads it to raise V8's interrupt budget, lib/entries/tier-up.ts, and the command's
  // build to hold the young generation, lib/entries/boot-gate.ts: node is given both here.)
  test('a cold `kyll build` loads no node:v8 on its main thread (~30M instructions, used only by workers, Sass and caches)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-no-v8-'));
    try {
      fs.mkdirSync(path.join(dir, 'site', '_posts'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'site', '_posts', '2024-01-02-a.md'), '---\ntitle: A\n---\nHi');
      const bin = path.resolve('dist/bundle/bin.cjs');
      const script = `const before = new Set(process.moduleLoadList);
        process.on('exit', () => process.stdout.write(process.moduleLoadList.filter((m) => !before.has(m)).join('\\n')));
        process.argv = [process.argv[0], ${JSON.stringify(bin)}, 'build', '-s', ${JSON.stringify(path.join(dir, 'site'))}, '-d', ${JSON.stringify(path.join(dir, 'out'))}, '-q'];
        require(${JSON.stringify(bin)});`;
      const env = { ...process.env, NODE_OPTIONS: '', KYLL_CODE_CACHE_DIR: path.join(dir, 'cache'), SOURCE_DATE_EPOCH: '1767225600' };
      // The first build writes the code cache (node:v8 at exit, to make it); the second finds it.
      const flags = ['--interrupt-budget=67584', '--semi-space-growth-factor=2'];
      execFileSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8', env });
      fs.rmSync(path.join(dir, 'out'), { recursive: true, force: true });
      const loaded = execFileSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8', env });
      expect(fs.readFileSync(path.join(dir, 'out', '2024', '01', '02', 'a.html'), 'utf8')).toContain('Hi');
      expect(loaded).toContain('NativeModule worker_threads'); // the engine did load
      expect(loaded).not.toMatch(/NativeModule v8\b/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
