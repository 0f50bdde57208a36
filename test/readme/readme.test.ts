// The README against the code: every root export and every option of the
// API's functions is named in it, and its JavaScript examples run against the
// compiled package (dist/, so `npm run build` first, as npm test does), with each
// `expr; // 'value'` comment checked as an assertion.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve('.');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Text between a `## ` heading and the next one. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no section ${title}`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}
const API = section('The API') + section('Plugins in JavaScript');

/** Whether `name` appears as code: `name`, `name(...)`, `name: ...`, `{ name }`. */
const named = (text: string, name: string): boolean => new RegExp(`\`[^\`]*\\b${name}\\b[^\`]*\``).test(text);

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Every name lib/index.ts exports, values and types. */
function rootExports(): string[] {
  const names: string[] = [];
  for (const st of parse('lib/index.ts').statements) {
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) names.push(...st.exportClause.elements.map((e) => e.name.text));
  }
  return names;
}

/** The property names of an interface declared in `file`. */
function optionsOf(file: string, iface: string): string[] {
  const decl = parse(file).statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === iface);
  if (!decl) throw new Error(`${iface} is not in ${file}`);
  return decl.members.filter(ts.isPropertySignature).map((m) => (m.name as ts.Identifier).text);
}

describe('the README', () => {
  test('names every root export in its API sections', () => {
    const names = rootExports();
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter((n) => !named(API, n))).toEqual([]);
  });

  test.each([
    ['lib/render/render-site.ts', 'RenderSiteOptions', 'renderSite'],
    ['lib/build/builder.ts', 'BuilderOptions', 'createBuilder'],
    ['lib/site/build-collections.ts', 'BuildCollectionsOptions', 'buildCollections'],
    ['lib/read/parse-post.ts', 'ParsePostOptions', 'parsePost'],
  ])('covers every option of %s#%s', (file, iface, fn) => {
    const start = API.indexOf(`- \`${fn}(`);
    expect(start).toBeGreaterThan(0);
    const end = API.indexOf('\n- `', start + 1);
    const entry = API.slice(start, end);
    const options = optionsOf(file, iface);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => !named(entry, o))).toEqual([]);
  });
});

/** The ```js blocks of the README, with their line numbers. */
function jsBlocks(): Array<{ line: number; code: string }> {
  const out: Array<{ line: number; code: string }> = [];
  const re = /^```js\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(README); m; m = re.exec(README)) out.push({ line: README.slice(0, m.index).split('\n').length, code: m[1]! });
  return out;
}

// `expr; // 'value'` (or "value"), the comment possibly going on after a colon: an assertion.
const CHECKED = /^(\s*)([^/\n][^\n]*?);\s*\/\/ ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")(?::.*)?$/;

function runnable(code: string, line: number): string {
  const lines = code.split('\n').map((l, i) => {
    const m = CHECKED.exec(l);
    return m ? `${m[1]}__check(${m[2]}, ${m[3]}, ${line + 1 + i});` : l;
  });
  const check = 'function __check(actual, expected, line) { if (actual !== expected) throw new Error(`README line ${line}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`); }';
  return `${check}\n${lines.join('\n')}\n`;
}

const DIST = path.join(ROOT, 'dist', 'index.js');
const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('the README examples', () => {
  let dir: string;
  beforeAll(() => {
    // A project folder: `kyll` and the packages the examples import, and a site folder `my-blog`.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-readme-'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'kyll'), 'dir');
    for (const pkg of ['unified', 'remark-rehype', 'rehype-stringify']) fs.symlinkSync(path.join(ROOT, 'node_modules', pkg), path.join(dir, 'node_modules', pkg), 'dir');
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    // examples/blog, with the plugin module its _plugins file re-exports (../../plugins).
    fs.cpSync(path.join(ROOT, 'examples', 'blog'), path.join(dir, 'my-blog'), { recursive: true, filter: (src) => !src.includes(`${path.sep}_site`) });
    fs.cpSync(path.join(ROOT, 'examples', 'plugins'), path.join(dir, 'plugins'), { recursive: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const blocks = jsBlocks();
  test('there are examples, and value comments to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks.reduce((n, b) => n + b.code.split('\n').filter((l) => CHECKED.test(l)).length, 0)).toBeGreaterThanOrEqual(6);
  });

  test.each(blocks.map((b) => [b.line, b.code] as const))('the example at line %i runs', (line, code) => {
    const file = path.join(dir, `example-${line}.mjs`);
    fs.writeFileSync(file, runnable(code, line));
    try {
      execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '', SOURCE_DATE_EPOCH: '1767225600' } });
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: string; stderr?: string };
      throw new Error(`README example at line ${line} failed:\n${stdout ?? ''}${stderr ?? ''}`);
    }
  }, 60_000);
});
