// The warm record (build/warm*.ts) is keyed by which kyll made it: the package's version and
// the bundle's build id (dist/bundle/build-id, scripts/bundle.mjs). Another build of kyll under
// the same version number (a git install, a rebuilt checkout) renders the site again instead of
// answering with the outputs the other one wrote (which may differ: a fixed filter, a lexer),
// and compiles its Sass again rather than take the other one's CSS from the Sass cache.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXED_ENV } from '../helpers/build-env.js';

const bundle = path.resolve('dist/bundle');
const maybe = fs.existsSync(path.join(bundle, 'build-id')) ? describe : describe.skip;

maybe('the bundle build id in the warm key', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-build-id-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('is a hash written beside the bundle', () => {
    expect(fs.readFileSync(path.join(bundle, 'build-id'), 'utf8')).toMatch(/^[0-9a-f]{32}\n$/);
  });

  test('another build id under the same version makes a full build, the same one a warm build', () => {
    // A copy of the installed package: its bundle and package.json.
    const pkg = path.join(dir, 'pkg');
    fs.cpSync(bundle, path.join(pkg, 'dist', 'bundle'), { recursive: true });
    fs.copyFileSync('package.json', path.join(pkg, 'package.json'));
    fs.cpSync('vendor/libsass', path.join(pkg, 'vendor', 'libsass'), { recursive: true });
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\n');
    fs.writeFileSync(path.join(site, '_posts', '2022-01-05-one.md'), '---\ntitle: One\n---\n{{ "x" | upcase }}\n');
    fs.writeFileSync(path.join(site, 'style.scss'), '---\n---\n$c: red;\np { color: $c; }\n');
    const dest = path.join(dir, 'out');
    const build = (): void => {
      const r = spawnSync(process.execPath, [path.join(pkg, 'dist', 'bundle', 'bin.cjs'), 'build', '-s', site, '-d', dest, '-q'], {
        encoding: 'utf8',
        env: { ...process.env, ...FIXED_ENV, KYLL_CODE_CACHE: '0' },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    };
    // A full build swaps a new folder in; a warm one leaves the folder as it was.
    const folder = (): number => fs.statSync(dest).ino;
    build();
    const first = folder();
    build();
    expect(folder()).toBe(first);
    fs.writeFileSync(path.join(pkg, 'dist', 'bundle', 'build-id'), `${'0'.repeat(32)}\n`);
    build();
    expect(folder()).not.toBe(first);
    expect(fs.readFileSync(path.join(dest, '2022', '01', '05', 'one.html'), 'utf8')).toBe('<p>X</p>\n');
    // The Sass cache too: the CSS is compiled again, and kept under a key of its own.
    expect(fs.readdirSync(path.join(site, '.jekyll-cache', 'kyll', 'sass'))).toHaveLength(2);
    expect(fs.readFileSync(path.join(dest, 'style.css'), 'utf8')).toContain('color: red');
  });
});
