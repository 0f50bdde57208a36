// The code cache's file name (lib/entries/code-cache.ts): the data of one copy of the engine is never
// read by another copy of the same engine (another install sharing the temp folder, another checkout
// sharing node_modules), because V8 keeps in the data the name of the script that made it.
import vm from 'node:vm';
import { codeCacheName } from '../../lib/entries/code-cache.js';

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
