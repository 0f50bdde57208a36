// The writing loop on disk (edit-loop.ts) under a fixed seed on a few fixture
// sites: after each random edit, the destinations of `kyll build --watch`,
// `kyll serve`, `kyll build -I` and a warm `kyll build` hold, byte for byte and
// file for file, what a cold build writes into a new folder. The long run is
// scripts/fuzz-edits.mjs (any site folders, many seeds).
import path from 'node:path';
import { runEditLoop } from './edit-loop.js';

const SITES = path.resolve('fixtures', 'sites');

// [site, seed, edits, --drafts]
const CASES: ReadonlyArray<[string, number, number, boolean]> = [
  ['collections', 3, 6, false],
  ['news-blog', 2, 5, true],
  ['plugin-polyglot-lang-from-path', 4, 5, false],
];

test.each(CASES)('%s (seed %i, %i edits, --drafts %s): every way of building again equals a cold build', async (site, seed, steps, drafts) => {
  expect(await runEditLoop({ site: path.join(SITES, site), seed, steps, drafts })).toBe(steps);
}, 120_000);
