// The installed `kyll` command is dist/bundle/bin.cjs (lib/cli/launch.ts): a
// small CommonJS file that prints `--version` and help itself, so that they
// start neither Node's ES module loader nor any of kyll's chunks, and hands
// every other command to the ES module CLI (bin.js).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
    const bare = kyll();
    expect(bare.stdout).toBe(`${USAGE}\n`);
    expect(loaded(bare.stderr).esm).toBe(false);
  });

  test('hands other commands to the CLI, usage errors included (exit 2)', () => {
    const r = kyll('--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('kyll: unknown option --bogus');
    expect(loaded(r.stderr).esm).toBe(true);
    const clean = kyll('clean', '-s', dir, '-d', path.join(dir, '_site'));
    expect(clean.status).toBe(0);
    expect(loaded(clean.stderr).esm).toBe(true);
  });
});
