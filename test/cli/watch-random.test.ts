// The real writing loop under random edits: `kyll build --watch` (its fs
// watcher, its builder) runs on a copy of a fixture site while seeded edits
// (test/build/wide-edits.ts, with fixture-edits.ts's mixed in) are saved to disk
// one at a time — renames as renames, so that the watcher sees moves into and
// out of excluded and underscored folders and whole folders renamed. After the
// loop settles on each step, its destination, and that of a `kyll build -I` in
// another process's place (reading the disk cache the last one left), are
// byte for byte what a clean `kyll build` of the edited source writes.
// KYLL_WATCH_SEEDS=N runs N more seeds (KYLL_WATCH_SITES, KYLL_WATCH_EDITS).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../../lib/cli/args.js';
import { siteBuilder } from '../../lib/cli/site-build.js';
import { loadFolder } from '../helpers/compare-output.js';
import { prng } from '../build/edit-site.js';
import type { Files } from '../build/fixture-edits.js';
import { prepareWide, revert, wideEditor } from '../build/wide-edits.js';
import { saveEdit } from '../build/edit-loop.js';
import { firstDifference, SITES, tree, useFixedEnv, WatchReplay, type Tree } from './watch-replay.js';

useFixedEnv();

const CASES: ReadonlyArray<[string, number, number, boolean]> = [
  ['kitchen-sink', 21, 8, false],
  ['news-blog', 22, 6, true],
];
const MORE = Number(process.env.KYLL_WATCH_SEEDS ?? 0);
const LENGTH = Number(process.env.KYLL_WATCH_EDITS ?? 16);
const NAMES = process.env.KYLL_WATCH_SITES ? process.env.KYLL_WATCH_SITES.split(',') : CASES.map(([s]) => s);
const extra = Array.from({ length: MORE }, (_, k) => NAMES.map((s, j): [string, number, number, boolean] => [s, 300 + k * 89 + j, LENGTH, k % 2 === 1])).flat();

const quiet = { out: () => undefined, err: () => undefined };

describe.each([...CASES, ...extra])('kyll build --watch on %s (seed %i, %i edits, --drafts %s)', (site, seed, count, drafts) => {
  test('after each random edit, the watch destination and a -I build equal a clean kyll build', async () => {
    const files: Files = new Map(Object.entries(loadFolder(path.resolve(SITES, site))));
    prepareWide(files);
    const flags = drafts ? ['--drafts'] : [];
    const replay = new WatchReplay(path.resolve(SITES, site), flags);
    const root = replay.site.root;
    const incremental = path.join(path.dirname(root), 'incremental');
    const incrementalBuild = async (): Promise<Tree | undefined> => {
      const outcome = await siteBuilder(parseArgs(['build', '-s', root, '-d', incremental, '-I', ...flags]), quiet, {}, true).build();
      return outcome.status === 'ok' ? tree(incremental) : undefined;
    };
    const steps: string[] = [];
    const say = (what: string): string => `${site}, seed ${seed}, after:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n${what}`;
    try {
      replay.site.write('_config.yml', String(files.get('_config.yml')));
      await replay.start();
      await incrementalBuild();
      const edit = wideEditor(files, seed, { drafts, plain: true });
      const pick = prng(seed);
      let good = new Map(files);
      let failures = 0;
      let last = await replay.clean();
      for (let i = 0; i < count; i++) {
        // Now and then a burst (a checkout, an editor saving several buffers): two or three edits
        // saved before the loop looks, which the watcher hands over as one batch or several.
        const burst = failures >= 2 ? 1 : pick.int(1, 4) === 4 ? pick.int(2, 3) : 1;
        for (let b = 0; b < burst; b++) {
          const e = failures >= 2 ? revert(files, good) : edit();
          steps.push(burst > 1 ? `${e.what} (burst ${b + 1}/${burst})` : e.what);
          saveEdit(root, files, e);
        }
        await replay.settle();
        const want = await replay.clean();
        if (want === undefined) {
          failures++;
          // A failed build leaves the destination as the last good one.
          if (last) expect(say(firstDifference(tree(replay.live), last))).toBe(say('no difference'));
          continue;
        }
        failures = 0;
        good = new Map(files);
        last = want;
        expect(say(firstDifference(tree(replay.live), want))).toBe(say('no difference'));
        const cached = await incrementalBuild();
        expect(say(cached ? firstDifference(cached, want) : 'the -I build failed')).toBe(say('no difference'));
      }
    } finally {
      await replay.stop();
    }
  });
});
