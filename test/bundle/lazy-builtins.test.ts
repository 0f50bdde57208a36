// The ES module bundles take Node's built-ins through process.getBuiltinModule()
// (scripts/lazy-builtins.mjs): an import statement of a built-in makes Node build its
// facade, which runs every lazy getter (node:fs's `promises` and streams). Each form of
// import is rewritten to the same bindings, and import('kyll') loads no stream module.
import { execFileSync } from 'node:child_process';
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
