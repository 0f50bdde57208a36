// The writing loop against a clean build after each of a seeded sequence of
// wide-edits.ts's edits (permalinks, drafts with and without --drafts, files
// moved into and out of an excluded folder, pages renamed or hidden or turned
// static, layouts/includes/data/Sass partials added and removed, folders
// renamed, _config.yml settings): in memory, the builder's update equals a
// fresh renderSite byte for byte, diagnostics and errors included.
// KYLL_WIDE_SEEDS=N runs N more seeds on each site (KYLL_WIDE_SITES=a,b, fixture names or folders, to
// choose the sites, KYLL_WIDE_EDITS the length of each sequence).
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';
import { fail, outcome, sameOutcome } from './edit-compare.js';
import { liveSource, touch, type Files } from './fixture-edits.js';
import { prepareWide, revert, wideEditor } from './wide-edits.js';

process.env.TZ = FIXED_ENV.TZ;
const SITES = path.resolve('fixtures', 'sites');

// [site, seed, edits, --drafts]
const CASES: ReadonlyArray<[string, number, number, boolean]> = [
  ['kitchen-sink', 1, 16, false],
  ['news-blog', 2, 16, true],
  ['collections', 3, 12, false],
];

const VERBOSE = Boolean(process.env.KYLL_WIDE_VERBOSE);
// KYLL_WIDE_FILES_ONLY=1 compares the files alone (a hunt past a known difference of diagnostics).
const only = <T extends object>(o: T): T => (process.env.KYLL_WIDE_FILES_ONLY && 'diagnostics' in o ? { ...o, diagnostics: [] } : o);
const MORE = Number(process.env.KYLL_WIDE_SEEDS ?? 0);
const LENGTH = Number(process.env.KYLL_WIDE_EDITS ?? 24);
const SITE_NAMES = process.env.KYLL_WIDE_SITES ? process.env.KYLL_WIDE_SITES.split(',') : [...new Set(CASES.map(([s]) => s))];
const extra: Array<[string, number, number, boolean]> = Array.from({ length: MORE }, (_, k) =>
  SITE_NAMES.map((s, j): [string, number, number, boolean] => [s, 100 + k * 97 + j, LENGTH, k % 2 === 1]),
).flat();

describe('in memory: after each wide edit, the update equals a clean build', () => {
  test.each([...CASES, ...extra])('%s (seed %i, %i edits, drafts %s)', async (site, seed, count, drafts) => {
    const files: Files = new Map(Object.entries(loadFolder(path.resolve(SITES, site))));
    prepareWide(files);
    const source = liveSource(files);
    const edit = wideEditor(files, seed, { drafts, plain: true });
    const config = drafts ? { show_drafts: true } : undefined;
    const builder = await createBuilder({ source, env: FIXED_ENV, write: false, config });
    await builder.build();
    const steps: string[] = [];
    // A site that stays broken tests little: after two failed builds in a row, the writer puts back
    // every file as it was at the last good build (one change of many files).
    let good = new Map(files);
    let failures = 0;
    for (let i = 0; i < count; i++) {
      const { what, changed } = failures >= 2 ? revert(files, good) : edit();
      steps.push(what);
      touch(source);
      const got = only(await outcome(builder.update(changed).then((u) => u.result)));
      const want = only(await outcome(renderSite({ source, env: FIXED_ENV, write: false, config })));
      if (!sameOutcome(got, want)) fail(site, seed, steps, 'the update', got, want);
      if (VERBOSE) console.log(`${site} ${seed} ${i + 1}. ${what}${'error' in want ? ` → ${want.error[0]!.slice(0, 160)}` : ''}`);
      if ('error' in want) failures++;
      else (failures = 0), (good = new Map(files));
    }
  }, 300_000);
});
