// `source: ~/x` in _config.yml, or a quoted `-s '~/x'`: Jekyll 4.3.1's Site#initialize expands the
// source with File.expand_path (site.rb), as it does the destination, so the site is read from the
// home folder's x (with -s, Configuration#config_files finds ~/x/_config.yml the same way); kyll
// looked for a folder named `~` in the working folder. An unknown `~name` stops Jekyll with Ruby's
// ArgumentError ("user nosuchuser doesn't exist"). Checked with jekyll build, HOME set to a folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandHomePath } from '../../lib/source/home-folder.js';

test('expandHomePath names the setting in its hint', () => {
  const home = (user?: string): string | undefined => (user === undefined ? '/home/me' : undefined);
  expect(expandHomePath('~/x', 'the source', home)).toBe('/home/me/x');
  expect(() => expandHomePath('~nosuchuser/x', 'the source', home)).toThrow("user nosuchuser doesn't exist");
});

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? test : test.skip;

maybe('kyll build reads `source: ~/x` and `-s ~/x` from the home folder, and stops on an unknown ~name', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-source-home-'));
  try {
    const cwd = path.join(dir, 'cwd');
    const home = path.join(dir, 'home');
    const x = path.join(home, 'x');
    fs.mkdirSync(cwd);
    fs.mkdirSync(x, { recursive: true });
    fs.writeFileSync(path.join(x, '_config.yml'), 'title: Home X\n');
    fs.writeFileSync(path.join(x, 'index.html'), '---\n---\n{{ site.title }}\n');
    fs.writeFileSync(path.join(cwd, '_config.yml'), 'title: CWD\nsource: ~/x\n');
    const env = { ...process.env, HOME: home };
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'build', ...args], { cwd, env, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    // the configuration is the working folder's; the files are ~/x's
    expect(run('-d', path.join(dir, 'a')).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'a', 'index.html'), 'utf8')).toBe('CWD\n');
    // -s: the configuration is ~/x's too
    expect(run('-s', '~/x', '-d', path.join(dir, 'b')).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'b', 'index.html'), 'utf8')).toBe('Home X\n');
    const bad = run('-s', '~nosuchuser-kyll/x', '-d', path.join(dir, 'c'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("user nosuchuser-kyll doesn't exist");
    fs.writeFileSync(path.join(cwd, '_config.yml'), 'source: ~nosuchuser-kyll/x\n');
    const badConfig = run('-d', path.join(dir, 'd'));
    expect(badConfig.status).toBe(1);
    expect(badConfig.stderr).toContain("user nosuchuser-kyll doesn't exist");
    expect(fs.existsSync(path.join(dir, 'c')) || fs.existsSync(path.join(dir, 'd'))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
