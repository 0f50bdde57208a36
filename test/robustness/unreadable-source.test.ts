// A site folder kyll may not list: Jekyll stops with Errno::EACCES. kyll must not read it as an
// empty site and replace the previous destination with nothing (source/source-folder.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canTestPermissions, kyllWithoutOverride } from './unreadable-helpers.js';

const maybe = canTestPermissions ? describe : describe.skip;

maybe('an unreadable source folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-unreadable-'));
    fs.mkdirSync(path.join(dir, 'site'));
    fs.writeFileSync(path.join(dir, 'site', 'index.md'), '---\n---\nhi\n');
  });
  afterEach(() => {
    fs.chmodSync(path.join(dir, 'site'), 0o755);
    for (const d of ['private', '_posts']) if (fs.existsSync(path.join(dir, 'site', d))) fs.chmodSync(path.join(dir, 'site', d), 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('fails naming the folder and leaves the previous destination whole', () => {
    const first = kyllWithoutOverride(['build', '-s', 'site', '-d', 'out'], dir);
    expect(first.status).toBe(0);
    fs.chmodSync(path.join(dir, 'site'), 0o000);
    const r = kyllWithoutOverride(['build', '-s', 'site', '-d', 'out'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join(dir, 'site')} cannot be read (EACCES)`);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['index.html']);
 }, 60_000); // builds as processes of their own: past jest's 5 s on a loaded machine

  // Jekyll's reader stops with Errno::EACCES on a folder it enters (a page folder, _posts), not on an excluded one.
  test('a folder inside it the reader enters fails naming it; an excluded one does not', () => {
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, 'private'));
    fs.writeFileSync(path.join(site, 'private', 'a.txt'), 'a');
    fs.mkdirSync(path.join(site, '_posts'));
    fs.writeFileSync(path.join(site, '_posts', '2020-01-01-a.md'), '---\n---\npost\n');
    fs.chmodSync(path.join(site, 'private'), 0o000);
    let r = kyllWithoutOverride(['build', '-s', 'site', '-d', 'out'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Permission denied @ dir_chdir - ${path.join(site, 'private')}`);
    fs.writeFileSync(path.join(site, '_config.yml'), 'exclude: [private]\n');
    expect(kyllWithoutOverride(['build', '-s', 'site', '-d', 'out'], dir).status).toBe(0);
    fs.chmodSync(path.join(site, '_posts'), 0o000);
    r = kyllWithoutOverride(['build', '-s', 'site', '-d', 'out'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Permission denied @ dir_chdir - ${path.join(site, '_posts')}`);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['2020', 'index.html']);
 }, 60_000);
});
