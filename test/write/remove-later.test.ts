// lib/write/remove-later.ts: the previous site removed without blocking, its
// requests in flight on libuv's pool; links are removed, never followed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeLater } from '../../lib/write/remove-later.js';

describe('removeLater', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-remove-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('removes a whole tree: files, nested and empty folders, links (their targets stay)', async () => {
    const old = path.join(dir, '.out.kyll-old-1-a');
    for (let i = 0; i < 60; i++) {
      fs.mkdirSync(path.join(old, `c${i % 3}`, `${i}`, 'deep'), { recursive: true });
      fs.writeFileSync(path.join(old, `c${i % 3}`, `${i}`, 'deep', 'index.html'), `page ${i}`);
    }
    fs.mkdirSync(path.join(old, 'empty'));
    const kept = path.join(dir, 'kept');
    fs.mkdirSync(kept);
    fs.writeFileSync(path.join(kept, 'file.txt'), 'kept');
    fs.symlinkSync(kept, path.join(old, 'to-folder'));
    fs.symlinkSync(path.join(kept, 'file.txt'), path.join(old, 'c0', 'to-file'));
    const pending = removeLater(old);
    // Nothing was removed synchronously.
    expect(fs.existsSync(path.join(old, 'c0'))).toBe(true);
    await pending;
    expect(fs.readdirSync(dir)).toEqual(['kept']);
    expect(fs.readFileSync(path.join(kept, 'file.txt'), 'utf8')).toBe('kept');
  }, 60_000);

  test('a folder of more entries than one rm is given (1,200 two levels down) goes too', async () => {
    const old = path.join(dir, 'old');
    fs.mkdirSync(path.join(old, 'posts'), { recursive: true });
    for (let i = 0; i < 1200; i++) fs.writeFileSync(path.join(old, 'posts', `p${i}.html`), `${i}`);
    await removeLater(old);
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 60_000);

  test('never rejects: a folder already gone, a file in its place', async () => {
    await expect(removeLater(path.join(dir, 'missing'))).resolves.toBeUndefined();
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    await removeLater(path.join(dir, 'a-file'));
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
