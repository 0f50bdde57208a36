// An unreadable `_data` file or folder, met as a user without the permission meets it: Jekyll stops
// with Errno::EACCES naming it, exit 1, and the previous destination stays (test/read/unreadable-data
// checks the same through a refusing source, wherever the tests run).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canTestPermissions, kyllWithoutOverride } from './unreadable-helpers.js';

if (!canTestPermissions) {
  test.skip('unreadable _data: needs the built command, and a user whom chmod stops (or capsh to drop root\'s override)', () => undefined);
}
const maybe = canTestPermissions ? describe : describe.skip;

maybe('an unreadable _data file or folder', () => {
  let dir: string;
  let site: string;
  // With SOURCE_DATE_EPOCH the first build leaves a warm record, and the second one's key met the
  // unreadable file first: it failed with Node's raw "EACCES: permission denied, open ..." (warm-start.ts).
  const epoch = process.env.SOURCE_DATE_EPOCH;
  beforeAll(() => void (process.env.SOURCE_DATE_EPOCH = '1767225600'));
  afterAll(() => void (epoch === undefined ? delete process.env.SOURCE_DATE_EPOCH : (process.env.SOURCE_DATE_EPOCH = epoch)));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-unreadable-data-'));
    site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, '_data', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(site, 'index.md'), '---\n---\n{{ site.data.a.k }} {{ site.data.sub.b.k }}\n');
    fs.writeFileSync(path.join(site, '_data', 'a.yml'), 'k: v\n');
    fs.writeFileSync(path.join(site, '_data', 'sub', 'b.yml'), 'k: w\n');
  });
  afterEach(() => {
    for (const p of ['_data', '_data/sub']) fs.chmodSync(path.join(site, p), 0o755);
    fs.chmodSync(path.join(site, '_data', 'a.yml'), 0o644);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['_data/a.yml', 'rb_sysopen'],
    ['_data/sub', 'dir_chdir'],
    ['_data', 'dir_chdir'],
  ])('%s: Permission denied @ %s - PATH (Errno::EACCES), exit 1, the destination left as it was', (rel, call) => {
    expect(kyllWithoutOverride(['build', '-s', 'site', '-d', 'out'], dir).status).toBe(0);
    const before = fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(before).toContain('v w');
    fs.chmodSync(path.join(site, rel), 0o000);
    const r = kyllWithoutOverride(['build', '-s', 'site', '-d', 'out'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Permission denied @ ${call} - ${path.join(site, rel)} (Errno::EACCES)`);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toBe(before);
  }, 60_000); // two builds as processes of their own: well past jest's 5 s on a loaded machine
});
