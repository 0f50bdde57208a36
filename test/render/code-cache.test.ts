// requireWithCodeCache: a CommonJS file loaded with V8's compiled code kept between loads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeCacheDir, requireWithCodeCache } from '../../lib/render/code-cache.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-code-cache-'));
  file = path.join(dir, 'lib.js');
  fs.writeFileSync(file, "const p = require('node:path');\nmodule.exports = { add: (a, b) => a + b, base: p.basename(__filename), dir: __dirname };\n");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cache = (): string => path.join(dir, 'cache');
const entries = (): string[] => (fs.existsSync(cache()) ? fs.readdirSync(cache()).sort() : []);

test('the first load compiles and keeps the code once saved; the next load takes it from the cache', () => {
  const first = requireWithCodeCache<{ add(a: number, b: number): number; base: string; dir: string }>(file, 'lib-1', cache());
  expect(first.fromCache).toBe(false);
  expect([first.exports.add(1, 2), first.exports.base, first.exports.dir]).toEqual([3, 'lib.js', dir]);
  expect(entries()).toEqual([]);
  first.save();
  expect(entries()).toEqual([expect.stringMatching(new RegExp(`^lib-1-node${process.versions.node}-.*-${process.arch}-0\\.bin$`))]);
  // Another path with the same text, so that the code comes from the disk, not from this process's V8.
  const copy = path.join(dir, 'copy.js');
  fs.copyFileSync(file, copy);
  const second = requireWithCodeCache<{ add(a: number, b: number): number }>(copy, 'lib-1', cache());
  expect(second.fromCache).toBe(true);
  expect(second.exports.add(2, 3)).toBe(5);
  second.save(); // nothing to do: the entry is there
  expect(entries()).toHaveLength(1);
});

test('an entry V8 rejects (other flags, or damaged) is passed over, and the code kept in the next slot', () => {
  fs.mkdirSync(cache());
  const slot0 = requireWithCodeCache(file, 'lib-1', cache());
  slot0.save();
  const [name] = entries();
  fs.writeFileSync(path.join(cache(), name!), 'not V8 code');
  // Another file name with the same text: not the script this process compiled already (V8 keeps that in memory).
  const copy = path.join(dir, 'copy.js');
  fs.copyFileSync(file, copy);
  const again = requireWithCodeCache(copy, 'lib-1', cache());
  expect(again.fromCache).toBe(false);
  again.save();
  expect(entries()).toEqual([name, name!.replace(/-0\.bin$/, '-1.bin')]);
  const third = path.join(dir, 'third.js');
  fs.copyFileSync(file, third);
  expect(requireWithCodeCache(third, 'lib-1', cache()).fromCache).toBe(true);
});

test('a cache folder that cannot be written only means no cache', () => {
  fs.writeFileSync(cache(), 'a file where the folder would be');
  const loaded = requireWithCodeCache<{ add(a: number, b: number): number }>(file, 'lib-1', cache());
  expect(() => loaded.save()).not.toThrow();
  expect(loaded.exports.add(1, 1)).toBe(2);
});

test('the cache folder: KYLL_CODE_CACHE_DIR, else XDG_CACHE_HOME/kyll or ~/.cache/kyll; none with KYLL_CODE_CACHE=0', () => {
  expect(codeCacheDir({ KYLL_CODE_CACHE_DIR: '/x/y' })).toBe('/x/y');
  expect(codeCacheDir({ XDG_CACHE_HOME: '/c' })).toBe(path.join('/c', 'kyll', 'code-cache'));
  expect(codeCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'kyll', 'code-cache'));
  expect(codeCacheDir({ KYLL_CODE_CACHE: '0', XDG_CACHE_HOME: '/c' })).toBeUndefined();
});
