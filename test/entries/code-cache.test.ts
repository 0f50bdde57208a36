// The code cache's file name (lib/entries/code-cache.ts): the data of one copy of the engine is never
// read by another copy of the same engine (another install sharing the temp folder, another checkout
// sharing node_modules), because V8 keeps in the data the name of the script that made it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { codeCacheName, writeCodeCache } from '../../lib/entries/code-cache.js';

describe('codeCacheName', () => {
  test('keeps the engine, the file it is compiled from and the interrupt budget apart', () => {
    const a = codeCacheName('0123456789abcdef0123456789abcdef', '/one/dist/bundle/engine.cjs');
    expect(a).toMatch(/^engine-0123456789abcdef01234567-[0-9a-f]{16}\.v8cache$/);
    expect(codeCacheName('0123456789abcdef0123456789abcdef', '/one/dist/bundle/engine.cjs')).toBe(a);
    expect(codeCacheName('0123456789abcdef0123456789abcdef', '/two/dist/bundle/engine.cjs')).not.toBe(a);
    expect(codeCacheName('fedcba9876543210fedcba9876543210', '/one/dist/bundle/engine.cjs')).not.toBe(a);
    expect(codeCacheName('0123456789abcdef0123456789abcdef', '/one/dist/bundle/engine.cjs', true)).toBe(a.replace('.v8cache', '-tier-up.v8cache'));
  });

  test('why: a script compiled from cached data names the file that made the data in its stack traces', () => {
    const source = '(function () { return new Error("x").stack; })';
    const first = new vm.Script(source, { filename: '/one/engine.cjs' });
    (first.runInThisContext() as () => string)();
    const data = first.createCachedData();
    const second = new vm.Script(source, { filename: '/two/engine.cjs', cachedData: data });
    expect(second.cachedDataRejected).toBe(false);
    const stack = (second.runInThisContext() as () => string)();
    expect(stack).toContain('/one/engine.cjs');
    expect(stack).not.toContain('/two/engine.cjs');
  });
});

describe('writeCodeCache', () => {
  test('removes the data it supersedes (and its sites): same file, kind and runtime, an older engine text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-code-cache-test-'));
    fs.chmodSync(dir, 0o700);
    try {
      const file = '/one/dist/bundle/engine.cjs';
      const name = (hash: string, tierUp = false) => codeCacheName(hash, file, tierUp);
      const old = name('0'.repeat(32));
      const oldTierUp = name('0'.repeat(32), true);
      const oldMarkdown = name(`markdown-${'0'.repeat(32)}`);
      const otherCopy = codeCacheName('0'.repeat(32), '/two/dist/bundle/engine.cjs');
      const unrelated = 'notes.txt';
      // (an older text's data goes with the note of the sites that made it: engine-script.ts)
      for (const n of [old, `${old}.sites`, oldTierUp, oldMarkdown, otherCopy, unrelated]) fs.writeFileSync(path.join(dir, n), 'x');
      expect(writeCodeCache([dir], name('1'.repeat(32)), Buffer.from('new'))).toBe(dir);
      expect(fs.readdirSync(dir).sort()).toEqual([name('1'.repeat(32)), oldTierUp, oldMarkdown, otherCopy, unrelated].sort());
      writeCodeCache([dir], name(`markdown-${'1'.repeat(32)}`), Buffer.from('new'));
      expect(fs.existsSync(path.join(dir, oldMarkdown))).toBe(false);
      expect(fs.existsSync(path.join(dir, name('1'.repeat(32))))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
