// The background stamping thread (lib/build/background-stamps.ts): the stamps it takes are the
// ones warm-key.ts#stampFile would take (SHA-1 of the bytes, whether they start with `---`),
// only for a file that still has the signature the build started with; a file it has not come
// to is taken by the main thread, never hashed twice; a first build that uses it leaves the
// record a build without it leaves. The thread is a compiled .js file: these tests load the
// compiled package (dist/, built by `npm test`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';

type Background = typeof import('../../lib/build/background-stamps.js');
type Signature = typeof import('../../lib/build/file-signature.js');
type Hash = typeof import('../../lib/build/content-hash.js');
type Index = typeof import('../../lib/index.js');

const DIST = path.resolve('dist', 'build', 'stamp-thread.js');
const maybe = fs.existsSync(DIST) ? describe : describe.skip;
const load = async <T>(...parts: string[]): Promise<T> => (await import(pathToFileURL(path.resolve('dist', ...parts)).href)) as T;
const ENV = { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC', JEKYLL_ENV: 'production', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

/** Bytes that differ from file to file (no two files share a hash). */
function bytes(size: number, seed: number, dashes = false): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = ((i + seed) * 2654435761) >>> 24;
  if (dashes) b.write('---\n', 0);
  return b;
}

maybe('stamping big files on a thread of their own', () => {
  jest.setTimeout(60_000);
  let bg: Background;
  let signature: Signature['signature'];
  let contentHash: Hash['contentHash'];
  let dir: string;
  beforeAll(async () => {
    bg = await load<Background>('build', 'background-stamps.js');
    ({ signature } = await load<Signature>('build', 'file-signature.js'));
    ({ contentHash } = await load<Hash>('build', 'content-hash.js'));
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-stamps-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sigOf = (file: string): string => signature(fs.statSync(file, { bigint: true }));
  const put = (name: string, b: Buffer): { id: string; path: string; signature: string } => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, b);
    return { id: `site:${name}`, path: file, signature: sigOf(file) };
  };
  const until = async (done: () => boolean): Promise<void> => {
    for (let i = 0; i < 2000 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  };

  test('a stamp from the thread is the stamp of the bytes: hash, front matter or not, the signature asked with', async () => {
    const files = [
      { f: put('a.bin', bytes(70_000, 1)), b: bytes(70_000, 1), dashes: false },
      { f: put('b.md', bytes(70_000, 2, true)), b: bytes(70_000, 2, true), dashes: true },
      { f: put('big.bin', bytes(2.5 * 1024 * 1024 + 7, 3, true)), b: bytes(2.5 * 1024 * 1024 + 7, 3, true), dashes: true },
      { f: put('mib.bin', bytes(1024 * 1024, 4)), b: bytes(1024 * 1024, 4), dashes: false },
      { f: put('empty.bin', Buffer.alloc(0)), b: Buffer.alloc(0), dashes: false },
    ];
    const thread = bg.startBackgroundStamps(files.map((x) => x.f), 2)!;
    expect(thread).toBeDefined();
    try {
      await until(() => thread.settled() === files.length);
      expect(thread.settled()).toBe(files.length);
      for (const { f, b, dashes } of files) expect(thread.stamp(f.id, f.signature)).toEqual([f.signature, contentHash(b), dashes]);
      // Asked with another signature (the file changed since the build started): none.
      expect(thread.stamp(files[0]!.f.id, `${files[0]!.f.signature}x`)).toBeUndefined();
      expect(thread.stamp('site:unknown', files[0]!.f.signature)).toBeUndefined();
    } finally {
      thread.stop();
    }
  });

  test('a file changed after the build started is not stamped by the thread', async () => {
    const f = put('a.bin', bytes(100_000, 5));
    fs.writeFileSync(f.path, bytes(100_001, 6));
    const thread = bg.startBackgroundStamps([f], 2)!;
    try {
      // Through with it (skipped) before it is asked for: not taken by the main thread.
      await until(() => thread.settled() === 1);
      expect(thread.settled()).toBe(1);
      expect(thread.stamp(f.id, f.signature)).toBeUndefined();
    } finally {
      thread.stop();
    }
  });

  test('a file the thread has not come to is taken by the main thread: the thread never hashes it', async () => {
    // Many files: the main thread takes the last ones before the thread gets there.
    const files = Array.from({ length: 40 }, (_, i) => put(`f${i}.bin`, bytes(300_000, 10 + i)));
    const thread = bg.startBackgroundStamps(files, 2)!;
    try {
      const taken = files.slice(-10).map((f) => thread.stamp(f.id, f.signature));
      await until(() => thread.settled() + taken.filter((t) => t === undefined).length >= files.length);
      await new Promise((r) => setTimeout(r, 100));
      // What the main thread took (undefined: it hashes them itself) the thread left alone.
      expect(thread.settled()).toBe(files.length - taken.filter((t) => t === undefined).length);
      for (const [k, f] of files.entries()) {
        const s = thread.stamp(f.id, f.signature);
        if (k < 30 || taken[k - 30] !== undefined) expect(s).toEqual([f.signature, contentHash(fs.readFileSync(f.path)), false]);
        else expect(s).toBeUndefined();
      }
    } finally {
      thread.stop();
    }
  });

  test('only files of 64 KiB and up, and only when they add up to 8 MiB', () => {
    const source = { absolute: (p: string) => path.join(dir, p) };
    const sig = (size: number): string => `${size}:1:2:3`;
    const small = { label: 'site', source, signatures: { 'site:a.png': sig(60_000), 'site:b.png': sig(5 * 1024 * 1024) } };
    expect(bg.backgroundCandidates([small])).toEqual([]);
    const more = { label: 'sass:/x', source, signatures: { 'sass:/x:c/d.bin': sig(4 * 1024 * 1024) } };
    expect(bg.backgroundCandidates([small, more])).toEqual([
      { id: 'site:b.png', path: path.join(dir, 'b.png'), signature: sig(5 * 1024 * 1024) },
      { id: 'sass:/x:c/d.bin', path: path.join(dir, 'c/d.bin'), signature: sig(4 * 1024 * 1024) },
    ]);
    expect(bg.startBackgroundStamps([], 2)).toBeUndefined();
    expect(bg.startBackgroundStamps(bg.backgroundCandidates([small, more]), 1)).toBeUndefined();
  });

  test('a first build of a site with 9 MB of images leaves the record a later build finds warm, each stamp the hash of its file', async () => {
    const { renderSite } = await load<Index>('index.js');
    const site = path.join(dir, 'site');
    const dest = path.join(site, '_site');
    fs.mkdirSync(path.join(site, 'images'), { recursive: true });
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: Images\n');
    fs.writeFileSync(path.join(site, '_posts/2024-01-01-a.md'), '---\ntitle: A\n---\n![x](/images/p0.png)\n');
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(site, 'images', `p${i}.png`), bytes(800_000, 100 + i));
    await renderSite({ source: site, destination: dest, env: ENV });
    const record = JSON.parse(fs.readFileSync(path.join(site, '.jekyll-cache/kyll/warm.json'), 'utf8')) as { key: string; stamps: Record<string, [string, string, boolean]> };
    for (let i = 0; i < 12; i++) {
      const file = path.join(site, 'images', `p${i}.png`);
      expect(record.stamps[`site:images/p${i}.png`]).toEqual([sigOf(file), contentHash(fs.readFileSync(file)), false]);
      expect(fs.readFileSync(path.join(dest, 'images', `p${i}.png`)).equals(fs.readFileSync(file))).toBe(true);
    }
    const inode = fs.statSync(dest).ino;
    await renderSite({ source: site, destination: dest, env: ENV });
    expect(fs.statSync(dest).ino).toBe(inode); // warm: nothing written
    const again = JSON.parse(fs.readFileSync(path.join(site, '.jekyll-cache/kyll/warm.json'), 'utf8')) as { key: string };
    expect(again.key).toBe(record.key);
  });
});
