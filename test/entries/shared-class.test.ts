// Two copies of a class in one process (the ES module chunks and the CommonJS
// engine each bundle KyllError and JekyllTime): `instanceof` takes an object of
// either copy, a subclass keeps the ordinary test, and process-wide state is one.
import { processWide, sharedInstanceof } from '../../lib/entries/shared-class.js';

describe('sharedInstanceof', () => {
  // Two copies of the "same" class, as two bundles define it.
  class First extends Error {}
  class Second extends Error {}
  sharedInstanceof(First, 'TestShared');
  sharedInstanceof(Second, 'TestShared');
  class Sub extends First {}

  test('an object of either copy is an instance of both', () => {
    expect(new First() instanceof Second).toBe(true);
    expect(new Second() instanceof First).toBe(true);
    expect(new Sub() instanceof Second).toBe(true);
  });

  test('a subclass keeps the prototype-chain test', () => {
    expect(new Sub() instanceof Sub).toBe(true);
    expect(new First() instanceof Sub).toBe(false);
    expect(new Second() instanceof Sub).toBe(false);
  });

  test('other values are not instances', () => {
    for (const v of [null, undefined, 1, 'First', new Error(), {}, Object.create(null), First]) expect(v instanceof First).toBe(false);
    class Other extends Error {}
    sharedInstanceof(Other, 'TestOther');
    expect(new First() instanceof Other).toBe(false);
    expect(new Other() instanceof First).toBe(false);
  });

  test('the mark is not an own or enumerable key of instances', () => {
    const e = new First();
    expect(Object.keys(e)).toEqual([]);
    expect(Reflect.ownKeys(e)).not.toContain(Symbol.for('kyll.class.TestShared'));
  });
});

test('processWide makes one value per name, for every copy that asks', () => {
  const a = processWide('test-state', () => ({ n: 1 }));
  const b = processWide('test-state', () => ({ n: 2 }));
  expect(b).toBe(a);
  expect(b.n).toBe(1);
});
