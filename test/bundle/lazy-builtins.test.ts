// The ES module bundles take Node's built-ins through process.getBuiltinModule()
// (scripts/lazy-builtins.mjs): an import statement of a built-in makes Node build its
// facade, which runs every lazy getter (node:fs's `promises` and streams). Each form of
// import is rewritten to the same bindings, and import('kyll') loads no stream module.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Rewrite = (text: string, file?: string) => string;
let rewrite: Rewrite;
beforeAll(async () => {
  ({ rewriteBuiltinImports: rewrite } = (await import(pathToFileURL(path.resolve('scripts/lazy-builtins.mjs')).href)) as { rewriteBuiltinImports: Rewrite });
});

const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Runs an ES module's text (with `process` as Node's) and returns what it exports. */
async function exportsOf(text: string): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'kyll-builtins-'));
  made.push(dir);
  const file = path.join(dir, 'm.mjs');
  fs.writeFileSync(file, text);
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

describe('rewriteBuiltinImports', () => {
  test.each([
    ['a default import', "import fs from 'node:fs';\nexport const x = fs.readFileSync;", 'const fs = process.getBuiltinModule("node:fs");'],
    ['a namespace import', 'import * as nodePath from "node:path";\nexport const x = nodePath.join;', 'const nodePath = process.getBuiltinModule("node:path");'],
    ['named imports, one renamed', "import { join, basename as base } from 'path';\nexport const x = [join, base];", 'const { join, basename: base } = process.getBuiltinModule("node:path");'],
    ['a default and named imports', "import fs, { readFileSync } from 'node:fs';\nexport const x = [fs.readFileSync, readFileSync];", 'const fs = process.getBuiltinModule("node:fs"); const { readFileSync } = process.getBuiltinModule("node:fs");'],
    ['a re-export', "export { default as minpath, join } from 'node:path';", 'export const minpath = kyll_builtin_0;'],
  ])('%s keeps its bindings', async (_name, text, expected) => {
    const out = rewrite(text);
    expect(out).toContain(expected);
    expect(out).not.toMatch(/from ['"](node:)?(fs|path)['"]/);
    const before = await exportsOf(text);
    const after = await exportsOf(out);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const k of Object.keys(before)) expect(after[k]).toEqual(before[k]);
  });

  test('leaves imports of other modules and type-free text as they are', () => {
    const text = "import { x } from './fs.js';\nimport y from 'fs-extra';\nconst s = \"import fs from 'node:fs'\";\n";
    expect(rewrite(text)).toBe(text);
  });

  test('a built-in\'s `default` imported by name stops the bundle', () => {
    expect(() => rewrite("import { default as fs } from 'node:fs';", 'x.js')).toThrow(/x\.js/);
  });
});

const bundle = path.resolve('dist/bundle/kyll.js');
(fs.existsSync(bundle) ? describe : describe.skip)('the ES module bundles', () => {
  test('import no built-in with an import statement', () => {
    const files = fs.readdirSync('dist/bundle').filter((f) => f.endsWith('.js'));
    const importing = files.filter((f) => /^(?:import|export)\b[^;'"]*from\s*["'](?:node:)?(?:fs|path|url|crypto|worker_threads|child_process|util|os|v8|vm|process|module|events)["']/m.test(fs.readFileSync(path.join('dist/bundle', f), 'utf8')));
    expect(importing).toEqual([]);
  });

  test("import('kyll') loads neither fs/promises' streams nor crypto", () => {
    const loaded = execFileSync(process.execPath, ['--input-type=module', '-e', `const before = new Set(process.moduleLoadList); await import(${JSON.stringify(pathToFileURL(bundle).href)}); console.log(process.moduleLoadList.filter((m) => !before.has(m)).join('\\n'));`], { encoding: 'utf8' });
    expect(loaded).not.toMatch(/NativeModule (stream|internal\/streams\/|crypto)/);
  });
});

// `kyll build` compiles the engine through its code cache (named without node:crypto) and
// loads liquidjs, whose stream and crypto requires wait for their first use (scripts/bundle.mjs):
// a build with no warm record to key (no SOURCE_DATE_EPOCH) never loads node:crypto.
const bin = path.resolve('dist/bundle/bin.cjs');
(fs.existsSync(bin) ? describe : describe.skip)('kyll build', () => {
  /** The built-in modules a build of a small site loaded, listed at its exit. */
  function loadedBy(env: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'kyll-builtins-site-'));
    made.push(dir);
    const files: Record<string, string> = {
      '_config.yml': 'title: T\n',
      '_layouts/post.html': '<p>{{ page.title }}</p>{{ content }}\n',
      '_posts/2024-01-02-a.md': '---\nlayout: post\ntitle: A\ntags: [x]\n---\n# Hi {{ page.tags | join: "," }}\n',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, 'site', name)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'site', name), text);
    }
    const probe = path.join(dir, 'probe.cjs');
    fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write('LOADED ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).join(' ') + '\\n'));\n");
    const { SOURCE_DATE_EPOCH: _unset, ...inherited } = process.env;
    const r = spawnSync(process.execPath, ['--require', probe, bin, 'build', '-s', path.join(dir, 'site'), '-d', path.join(dir, 'out'), '-q'], {
      encoding: 'utf8',
      env: { ...inherited, NODE_OPTIONS: '', KYLL_CODE_CACHE_DIR: path.join(dir, 'cache'), ...env },
    });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    expect(fs.readFileSync(path.join(dir, 'out', '2024', '01', '02', 'a.html'), 'utf8')).toContain('Hi x');
    return /^LOADED (.*)$/m.exec(r.stderr)?.[1] ?? '';
  }

  test('without SOURCE_DATE_EPOCH loads no node:crypto (with it, the warm record hashes the files)', () => {
    expect(loadedBy({})).not.toMatch(/NativeModule crypto\b/);
    expect(loadedBy({ SOURCE_DATE_EPOCH: '1767225600' })).toMatch(/NativeModule crypto\b/);
  });
});
