// Run from TypeScript sources (as jest does here) there is no compiled worker
// file: renderSite then renders on one thread instead of failing.
import { workerCountFor } from '../../lib/render/parallel.js';

test('without a compiled worker, a build uses one thread whatever was asked', () => {
  expect(workerCountFor('.', undefined, 4)).toBe(1);
});
