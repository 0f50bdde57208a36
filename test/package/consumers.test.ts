// Every kind of consumer of the published package: the tarball `npm pack`
// makes, installed into a fresh project (from npm's cache when it can), used
// from ESM, CommonJS, TypeScript (module nodenext, in an ESM and a CommonJS
// package) and an esbuild bundle. Needs `npm run build` first (npm test does it).
// Each test runs npm, tsc, esbuild or node: minutes on a loaded machine, hence the timeouts.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const here = path.join(repo, 'test/package/consumers');
const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
let work: string;
let project: string;
let packed: { files: Array<{ path: string }>; size: number; unpackedSize: number };

function run(cwd: string, file: string, args: string[]): string {
  try {
    return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(file)} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
const npm = (cwd: string, args: string[]): string => run(cwd, process.platform === 'win32' ? 'npm.cmd' : 'npm', args);

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist/bundle/kyll.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this test.');
  work = mkdtempSync(path.join(tmpdir(), 'kyll-consumers-'));
  [packed] = JSON.parse(npm(repo, ['pack', '--json', '--pack-destination', work]));
  const tarball = path.join(work, readdirTarball(work));
  project = path.join(work, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const install = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  try {
    npm(project, [...install, '--offline']);
  } catch {
    npm(project, [...install, '--prefer-offline']);
  }
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function readdirTarball(dir: string): string {
  const name = execFileSync('ls', [dir], { encoding: 'utf8' }).split('\n').find((f) => f.endsWith('.tgz'));
  if (!name) throw new Error(`npm pack wrote no tarball in ${dir}`);
  return name;
}

const expected = {
  post: ['Hi', ['a'], '/2022/02/11/hi.html'],
  files: ['/2022/02/11/hi.html'],
  fixture: 'Welcome',
  liquid: 'hello-world',
  highlight: '<span class="n">x</span> <span class="o">=</span> <span class="mi">1</span>',
  markdown: '<p><em>a</em></p>\n',
  code: 'INVALID_FILENAME',
};

test('the package holds the bundles and the types and nothing else: no unbundled modules, no source maps, no sources, no install scripts', () => {
  const paths = packed.files.map((f) => f.path);
  expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/bundle/kyll.js', 'dist/index.d.ts', 'dist/bundle/bin.js', 'dist/bundle/bin.cjs', 'dist/bundle/testing.js', 'dist/testing/index.d.ts']));
  expect(paths.filter((p) => p.endsWith('.map') || p.startsWith('lib/') || p.startsWith('test/'))).toEqual([]);
  expect(paths.filter((p) => p.endsWith('.js') && !p.startsWith('dist/bundle/'))).toEqual([]);
  // Every file the manifest names is in the package.
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>>; bin: Record<string, string>; main: string; types: string };
  const named = [pkg.main, pkg.types, ...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
  expect(named.map((p) => p.replace(/^\.\//, '')).filter((p) => !paths.includes(p))).toEqual([]);
  const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules/kyll/package.json'), 'utf8')) as { scripts?: Record<string, string> };
  expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
  // No file points at a source map the package lacks (tools such as source-map-loader warn on each).
  const installed = path.join(project, 'node_modules/kyll');
  const dangling = paths.filter((p) => /\.[cm]?js$|\.d\.ts$/.test(p)).filter((p) => {
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(path.join(installed, p), 'utf8'))?.[1];
    return url !== undefined && !url.startsWith('data:') && !existsSync(path.join(installed, path.dirname(p), url));
  }, 120_000);
  expect(dangling).toEqual([]);
}, 120_000);

test('ESM: import', () => {
  copyFileSync(path.join(here, 'esm.mjs'), path.join(project, 'esm.mjs'));
  expect(JSON.parse(run(project, process.execPath, ['esm.mjs']))).toEqual(expected);
}, 120_000);

test('CommonJS: require', () => {
  copyFileSync(path.join(here, 'cjs.cjs'), path.join(project, 'cjs.cjs'));
  expect(JSON.parse(run(project, process.execPath, ['cjs.cjs']))).toEqual(expected);
}, 120_000);

test.each(['module', 'commonjs'])('TypeScript, module nodenext, in a "type": "%s" package', (type) => {
  const dir = path.join(project, `ts-${type}`);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `ts-${type}`, private: true, type }));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    // @types/node as a Node project has it; skipLibCheck as `tsc --init` sets it (checking every
    // declaration file of the dependencies would triple the time of this test).
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext', target: 'es2022', strict: true, outDir: 'out', rootDir: 'src',
        typeRoots: [path.join(repo, 'node_modules/@types')], types: ['node'], skipLibCheck: true,
      },
    }),
  );
  copyFileSync(path.join(here, 'consumer.ts'), path.join(dir, 'src/index.ts'));
  run(dir, process.execPath, [tsc, '-p', 'tsconfig.json']);
  const compiled = readFileSync(path.join(dir, 'out/index.js'), 'utf8');
  expect(compiled).toContain(type === 'commonjs' ? 'require("kyll")' : 'from \'kyll\'');
  expect(JSON.parse(run(dir, process.execPath, ['out/index.js']))).toEqual(expected);
}, 120_000);

test('a bundler: esbuild bundles kyll into one file that runs', async () => {
  const outfile = path.join(project, 'bundle/app.mjs');
  await build({ entryPoints: [path.join(here, 'esm.mjs')], bundle: true, platform: 'node', format: 'esm', outfile, absWorkingDir: project, nodePaths: [path.join(project, 'node_modules')], logLevel: 'silent',
    // CommonJS dependencies (js-yaml...) call require(): give the ESM bundle one, in the words most projects use.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  expect(readFileSync(outfile, 'utf8')).not.toMatch(/from ["']kyll/);
  expect(JSON.parse(run(project, process.execPath, [outfile]))).toEqual(expected);
}, 120_000);
