// `destination: ~/out` (or a quoted -d '~/out'): Jekyll 4.3.1's Site#config= expands it with
// File.expand_path, so the site goes to $HOME/out; kyll wrote it into a folder named `~` inside
// the source. `~name` is that user's home folder, and an unknown name is Ruby's ArgumentError
// ("user nosuchuser doesn't exist"), checked with jekyll build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandHome } from '../../lib/cli/expand-home.js';

test('expandHome takes ~ and ~/x from the home folder, ~name/x from that user, and leaves other paths', () => {
  const home = (user?: string): string | undefined => (user === undefined ? '/home/me' : user === 'ann' ? '/home/ann' : undefined);
  expect(expandHome('~', home)).toBe('/home/me');
  expect(expandHome('~/out', home)).toBe('/home/me/out');
  expect(expandHome('~ann/site/out', home)).toBe('/home/ann/site/out');
  expect(expandHome('out/~', home)).toBe('out/~');
  expect(() => expandHome('~nosuchuser/x', home)).toThrow("user nosuchuser doesn't exist");
});

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? test : test.skip;

maybe("kyll build writes `destination: ~/out` into the home folder's out, and stops on an unknown ~name", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-dest-home-'));
  try {
    const site = path.join(dir, 'site');
    const home = path.join(dir, 'home');
    fs.mkdirSync(site);
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(site, 'index.html'), '---\n---\nhome\n');
    fs.writeFileSync(path.join(site, '_config.yml'), 'destination: ~/out\n');
    const env = { ...process.env, HOME: home };
    const r = spawnSync(process.execPath, [bin, 'build'], { cwd: site, env, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(home, 'out'))).toEqual(['index.html']);
    expect(fs.existsSync(path.join(site, '~'))).toBe(false);
    fs.writeFileSync(path.join(site, '_config.yml'), 'destination: ~nosuchuser-kyll/out\n');
    const bad = spawnSync(process.execPath, [bin, 'build'], { cwd: site, env, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("user nosuchuser-kyll doesn't exist");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 90_000);
