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
  });
});
