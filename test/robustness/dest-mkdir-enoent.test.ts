// A destination whose parent is there but refuses new folders with ENOENT (/proc does): node's
// recursive mkdirSync retries such a folder for ever, synchronously, so kyll build hung and no
// signal but SIGKILL stopped it. Jekyll 4.3.1 (FileUtils.mkdir_p) stops with "No such file or
// directory @ dir_s_mkdir - /proc/x"; kyll must fail too, quickly, with ENOENT's words.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFolders } from '../../lib/write/write-fs.js';

const bin = path.resolve('dist/bundle/bin.cjs');
const onLinux = fs.existsSync(bin) && fs.existsSync('/proc/self') ? test : test.skip;

onLinux('kyll build -d /proc/<new folder> fails with ENOENT instead of hanging', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-proc-dest-'));
  try {
    fs.writeFileSync(path.join(site, 'index.html'), '---\n---\nhome\n');
    const dest = `/proc/kyll-no-such-folder-${process.pid}`;
    const r = spawnSync(process.execPath, [bin, 'build', '-s', site, '-d', dest], { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no such file or directory');
    expect(r.stderr).toContain('the destination was left as it was');
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
}, 60_000);

onLinux('kyll new /proc/<new folder> fails with ENOENT instead of hanging (Jekyll: Errno::ENOENT from FileUtils.mkdir_p)', () => {
  const r = spawnSync(process.execPath, [bin, 'new', `/proc/kyll-no-such-site-${process.pid}`, '--blank'], { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
  expect(r.signal).toBeNull();
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('ENOENT');
}, 60_000);

test('makeFolders makes the missing parents, accepts a folder that is there, and throws where mkdir keeps saying ENOENT', () => {
  const made = new Set<string>(['/']);
  const enoent = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  const eexist = Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
  let calls = 0;
  const fake = {
    mkdirSync: (p: string): undefined => {
      if (++calls > 50) throw new Error('looping');
      if (p.startsWith('/proc/')) throw enoent;
      if (made.has(p)) throw eexist;
      if (!made.has(path.dirname(p))) throw enoent;
      made.add(p);
      return undefined;
    },
    statSync: (p: string) => ({ isDirectory: () => made.has(p) || p === '/proc' }),
  } as unknown as Parameters<typeof makeFolders>[0];
  makeFolders(fake, '/a/b/c');
  expect([...made].sort()).toEqual(['/', '/a', '/a/b', '/a/b/c']);
  makeFolders(fake, '/a/b');
  expect(() => makeFolders(fake, '/proc/x/y')).toThrow('ENOENT');
  expect(calls).toBeLessThan(20);
});
