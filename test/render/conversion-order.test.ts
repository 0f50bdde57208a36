// The Markdown thread's order (lib/render/conversion-order.ts): ahead of a main thread that
// has other work, from the first text on; behind one that only waits for it, from the last.
import { ConversionOrder, WAITS_BEFORE_TURNING } from '../../lib/render/conversion-order.js';

/** Runs the order over `count` texts; `waits(id)`: whether the main thread waits for `id` when it is done. */
function run(count: number, waits: (id: number) => boolean): number[] {
  const order = new ConversionOrder();
  order.received(count);
  const taken: number[] = [];
  for (let id = order.take(); id !== undefined; id = order.take()) {
    taken.push(id);
    order.converted(id, waits(id) ? id : -1);
  }
  return taken;
}

test('a main thread that seldom waits gets every text in order', () => {
  expect(run(20, (id) => id % 3 === 0)).toEqual([...Array(20).keys()]);
});

test('a main thread that waits for every text: the thread turns to the last text and works backwards', () => {
  const taken = run(20, () => true);
  const forward = [...Array(WAITS_BEFORE_TURNING).keys()];
  expect(taken).toEqual([...forward, ...Array.from({ length: 20 - WAITS_BEFORE_TURNING }, (_, k) => 19 - k)]);
});

test('waits that are not in a row do not turn it', () => {
  const taken = run(30, (id) => id % WAITS_BEFORE_TURNING !== 0);
  expect(taken).toEqual([...Array(30).keys()]);
});

test('texts received later join the list; each text is taken once', () => {
  const order = new ConversionOrder();
  order.received(3);
  const taken: number[] = [];
  for (let id = order.take(); id !== undefined; id = order.take()) taken.push(id);
  order.received(5);
  order.received(4);
  for (let id = order.take(); id !== undefined; id = order.take()) taken.push(id);
  expect(taken).toEqual([0, 1, 2, 3, 4]);
});

test('from the end: the last text first, then backwards; texts received later are taken before the older ones, none twice', () => {
  const order = new ConversionOrder(true);
  order.received(3);
  const taken: number[] = [];
  taken.push(order.take()!, order.take()!);
  order.received(6);
  for (let id = order.take(); id !== undefined; id = order.take()) taken.push(id);
  expect(taken).toEqual([2, 1, 5, 4, 3, 0]);
  order.received(7);
  expect([order.take(), order.take()]).toEqual([6, undefined]);
});

test('a thread that turned takes texts received later from the end, never one it took', () => {
  const order = new ConversionOrder();
  order.received(10);
  const taken: number[] = [];
  for (let k = 0; k < WAITS_BEFORE_TURNING; k++) {
    const id = order.take()!;
    taken.push(id);
    order.converted(id, id);
  }
  expect(order.backwards).toBe(true);
  taken.push(order.take()!);
  order.received(12);
  for (let id = order.take(); id !== undefined; id = order.take()) taken.push(id);
  expect([...taken].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
  expect(taken.slice(WAITS_BEFORE_TURNING, WAITS_BEFORE_TURNING + 3)).toEqual([9, 11, 10]);
});
