// sync-templates.ts#isIterator answers as liquidjs's own test (next, throw and return are functions)
// for every kind of value, with primitives ruled out before any property is read.
import { isIterator } from '../../lib/liquid/sync-templates.js';

const liquidjsIsIterator = (v: unknown): boolean => {
  const g = v as { next?: unknown; throw?: unknown; return?: unknown } | null | undefined;
  return !!g && typeof g.next === 'function' && typeof g.throw === 'function' && typeof g.return === 'function';
};

test('the same answer as liquidjs for primitives, objects, functions and generators', () => {
  function* gen(): Generator<number> {
    yield 1;
  }
  const iteratorLike = { next: () => 0, throw: () => 0, return: () => 0 };
  const callable = Object.assign(() => 0, iteratorLike);
  const values: unknown[] = ['', 'next', 0, 1.5, true, false, null, undefined, 10n, Symbol('s'), [], {}, { next: () => 0 }, iteratorLike, callable, gen(), new Map().entries(), () => 0];
  for (const v of values) expect(isIterator(v)).toBe(liquidjsIsIterator(v));
  expect(values.filter((v) => isIterator(v))).toHaveLength(3);
});
