// The installed `kyll` command is dist/bundle/bin.cjs (lib/cli/launch.ts): a
// small CommonJS file that prints `--version` and help itself, so that they
// start neither Node's ES module loader nor any of kyll's chunks, and runs
// every other command with the CLI of the CommonJS engine beside it (engine.cjs,
// cli/launch-engine.ts): no ES module of kyll loads for a build either.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMAND_USAGE, USAGE } from '../../lib/cli/args.js';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { bin: { kyll: string } };
const bin = path.resolve(pkg.bin.kyll);
const maybe = fs.existsSync(bin) ? describe : describe.skip;

maybe('the kyll command (bin.cjs)', () => {
  let dir: string;
  let probe: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-launcher-'));
    // Preloaded: reports, at exit, the ES module loader's internals and the files that Node loaded.
    probe = path.join(dir, 'probe.cjs');
    fs.writeFileSync(probe, "process.on('exit', () => process.stderr.write(JSON.stringify({ esm: process.moduleLoadList.some((m) => m.includes('esm/loader')), cjs: Object.keys(require.cache) })));\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const kyll = (...args: string[]) => spawnSync(process.execPath, ['-r', probe, bin, ...args], { encoding: 'utf8' });
  const loaded = (stderr: string): { esm: boolean; cjs: string[] } => JSON.parse(stderr.slice(stderr.lastIndexOf('{"esm"'))) as { esm: boolean; cjs: string[] };

  test('is a CommonJS file', () => {
    expect(bin.endsWith('.cjs')).toBe(true);
  });

  test.each([['--version'], ['-v'], ['version']])('`kyll %s` prints the version without the ES module loader', (arg) => {
    const r = kyll(arg);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('kyll 0.1.0\n');
    const { esm, cjs } = loaded(r.stderr);
    expect(esm).toBe(false);
    expect(cjs.map((f) => path.basename(f)).sort()).toEqual(['bin.cjs', 'probe.cjs']);
  });

  test('`kyll help build` and `kyll` print their usage without the ES module loader', () => {
    const help = kyll('help', 'build');
    expect(help.stdout).toBe(`${COMMAND_USAGE.build}\n`);
    expect(loaded(help.stderr).esm).toBe(false);
    // `jekyll` alone prints its help, "A subcommand is required." on stderr, and exits 1
    const bare = kyll();
    expect(bare.stdout).toBe(`${USAGE}\n`);
    expect(bare.stderr).toContain('A subcommand is required.');
    expect(bare.status).toBe(1);
    expect(loaded(bare.stderr).esm).toBe(false);
  });

  // NODE_DEBUG=esm names each ES module Node loads.
  const esModules = (stderr: string): string[] => [...new Set([...stderr.matchAll(/file:\/\/[^\s'",]+\.m?js/g)].map((m) => path.basename(fileURLToPath(m[0]))))];

  test('runs other commands with the CLI of engine.cjs, usage errors included (exit 1, as in Jekyll), no ES module of kyll loaded', () => {
    const env = { ...process.env, NODE_DEBUG: 'esm' };
    const r = spawnSync(process.execPath, [bin, '--bogus'], { encoding: 'utf8', env });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('kyll: unknown option --bogus');
    expect(esModules(r.stderr)).toEqual([]);
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_posts', '2024-01-02-a.md'), '---\n---\n# A {{ page.date }}\n');
    const build = spawnSync(process.execPath, ['-r', probe, bin, 'build', '-s', site, '-d', path.join(dir, '_site'), '--disable-disk-cache'], { encoding: 'utf8', env });
    expect(build.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, '_site', '2024', '01', '02', 'a.html'), 'utf8')).toContain('A 2024-01-02 00:00:00 +0000');
    expect(esModules(build.stderr)).toEqual([]);
    // engine.cjs runs through node:vm (its code cache), not require(); serve's packages are not loaded.
    expect(loaded(build.stderr).cjs.map((f) => path.basename(f)).sort()).toEqual(['bin.cjs', 'probe.cjs']);
    const clean = spawnSync(process.execPath, [bin, 'clean', '-s', dir, '-d', path.join(dir, '_site')], { encoding: 'utf8', env });
    expect(clean.status).toBe(0);
    expect(esModules(clean.stderr)).toEqual([]);
  });

  test('a KyllError and a JekyllTime of engine.cjs, loaded first as the command does, are instances of the classes import("kyll") exports', () => {
    const engine = path.join(path.dirname(bin), 'engine.cjs');
    const kyllEntry = pathToFileURL(path.join(path.dirname(bin), 'kyll.js')).href;
    const site = path.join(dir, 'shared');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_posts', '2024-01-02-a.md'), '---\n---\nA\n');
    const broken = path.join(dir, 'broken');
    fs.mkdirSync(broken);
    fs.writeFileSync(path.join(broken, '_config.yml'), 'a: [\n');
    const child = `
const fs = require('node:fs'), path = require('node:path'), vm = require('node:vm'), { createRequire } = require('node:module'), { pathToFileURL } = require('node:url');
const [file, entry, source, broken] = process.argv.slice(1);
const module = { exports: {} };
vm.runInThisContext(fs.readFileSync(file, 'latin1'), { filename: file })(module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href, (s) => import(s));
(async () => {
  const r = await module.exports.renderSite({ source, write: false });
  let error;
  try { await module.exports.renderSite({ source: broken, write: false }); } catch (e) { error = e; }
  const api = await import(entry);
  const mine = new api.KyllError('DATA_ERROR', 'x');
  process.stdout.write(JSON.stringify({ time: r.site.posts[0].date instanceof api.JekyllTime, error: error?.code, kyllError: error instanceof api.KyllError, isKyllError: api.isKyllError(error), own: mine instanceof api.KyllError && !(r.site.posts[0].date instanceof api.KyllError) }));
})();
`;
    const r = spawnSync(process.execPath, ['-e', child, engine, kyllEntry, site, broken], { encoding: 'utf8', env: { ...process.env, KYLL_CODE_CACHE: '0' } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ time: true, error: 'YAML_EXCEPTION', kyllError: true, isKyllError: true, own: true });
  });
});
