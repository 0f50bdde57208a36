// Differential test of the writing loop on real fixture sites: after each of
// a seeded sequence of random edits (fixture-edits.ts), the long-lived
// builder's update (`kyll serve`, `kyll build --watch`) gives, in memory, the
// files a fresh renderSite of the same source gives, byte for byte, with the
// same diagnostics. On disk, the builder's destination and that of a new
// `--incremental` builder (another process, reading the disk cache) hold the
// tree a clean build writes, deleted outputs gone. A failure names the seed
// and the edits so far.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';
import { fixtureEditor, liveSource, touch, type Files } from './fixture-edits.js';
import { fail, outcome, sameOutcome, tree } from './edit-compare.js';

process.env.TZ = FIXED_ENV.TZ;
const SITES = path.resolve('fixtures', 'sites');

/** Sites with posts, layouts, includes, _data, Sass, collections, pagination, tags and categories, feed/seo/sitemap. */
const IN_MEMORY: ReadonlyArray<[string, number, number]> = [
  // [site, seed, edits]
  ['kitchen-sink', 1, 14],
  ['news-blog', 2, 14],
  ['categories-tags', 3, 14],
  ['collections', 4, 10],
  ['fidelity12-added-tag-keys', 5, 10],
  ['plugin-archives', 6, 10],
  ['theme-minima', 7, 8],
  // jekyll-redirect-from's redirect_to: a post's and a page's stand-ins, read by the pages after them.
  ['fidelity12-redirect-to-content', 8, 8],
  // Posts whose front matter cannot be read, undated until something reads their date (site/first-dated.ts): a
  // renamed one is not dated by the builder's own look at it.
  ['realsites10a-unread-future', 1001, 6],
  // site | jsonify in a post before any Markdown converts: site.kramdown as set up at each output's turn.
  ['realsites4a-site-jsonify', 1000, 6],
  // A YAML document's date, first read in a template, stores `draft` on its drop: as at each output's turn.
  ['fidelity11-collection-data-files', 1000, 6],
  // jekyll-polyglot: every language's build updated (build/language-builder.ts), each language's _data merged over site.data.
  ['plugin-polyglot', 9, 10],
  ['plugin-polyglot-lang-from-path', 10, 10],
  ['plugin-polyglot-paginate', 11, 6],
  // page_excerpts: each page's excerpt renders once, in whichever output first reads it (a post listing site.pages).
  ['feat23-page-excerpts', 23, 8],
  // jekyll-commonmark-ghpages' highlight hook: default_lang plaintext from the first highlight after a conversion, texts converted before kept.
  ['ghp24-highlight-default-lang', 1000, 8],
];

const ON_DISK: ReadonlyArray<[string, number, number]> = [
  ['kitchen-sink', 11, 8],
  ['news-blog', 12, 6],
  ['plugin-polyglot-lang-from-path', 13, 8],
];

// KYLL_EDIT_SEEDS=N tries N more seeds on every site (a longer hunt than the suite's), or on the
// sites KYLL_EDIT_SITES names (comma-separated).
const MORE = Number(process.env.KYLL_EDIT_SEEDS ?? 0);
const SITE_NAMES = process.env.KYLL_EDIT_SITES ? process.env.KYLL_EDIT_SITES.split(',') : [...new Set(IN_MEMORY.map(([s]) => s))];
const extra = (base: number, count: number): Array<[string, number, number]> =>
  Array.from({ length: MORE }, (_, k) => SITE_NAMES.map((s): [string, number, number] => [s, base + k, count])).flat();

describe('in memory: after each random edit of a fixture site, the update equals a clean build', () => {
  test.each([...IN_MEMORY, ...extra(1000, 16)])('%s (seed %i, %i edits)', async (site, seed, count) => {
    const files: Files = new Map(Object.entries(loadFolder(path.join(SITES, site))));
    const source = liveSource(files);
    const edit = fixtureEditor(files, seed);
    const builder = await createBuilder({ source, env: FIXED_ENV, write: false });
    await builder.build();
    const steps: string[] = [];
    for (let i = 0; i < count; i++) {
      const { what, changed } = edit();
      steps.push(what);
      touch(source);
      const got = await outcome(builder.update(changed).then((u) => u.result));
      const want = await outcome(renderSite({ source, env: FIXED_ENV, write: false }));
      if (!sameOutcome(got, want)) fail(site, seed, steps, 'the update', got, want);
    }
  }, 120_000);
});

describe('on disk: the destinations of serve and of --incremental hold what a clean build writes', () => {
  test.each([...ON_DISK, ...extra(5000, 6).filter((_, i) => i % 3 === 0)])('%s (seed %i, %i edits)', async (site, seed, count) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-fixture-edits-'));
    try {
      const root = path.join(dir, 'site');
      const files: Files = new Map(Object.entries(loadFolder(path.join(SITES, site))));
      const sync = (changed: readonly string[]): void => {
        for (const p of changed) {
          const c = files.get(p);
          if (c === undefined) fs.rmSync(path.join(root, p), { force: true });
          else fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true }), fs.writeFileSync(path.join(root, p), c);
        }
      };
      sync([...files.keys()]);
      const edit = fixtureEditor(files, seed);
      const live = path.join(dir, 'live');
      const clean = path.join(dir, 'clean');
      const incremental = { source: root, destination: path.join(dir, 'incremental'), env: FIXED_ENV, incremental: true };
      const builder = await createBuilder({ source: root, destination: live, env: FIXED_ENV });
      await builder.build();
      await (await createBuilder(incremental)).build();
      const steps: string[] = [];
      for (let i = 0; i < count; i++) {
        const { what, changed } = edit();
        steps.push(what);
        sync(changed);
        const got = await outcome(builder.update(changed.map((p) => path.join(root, p))).then((u) => u.result));
        const cached = await outcome(createBuilder(incremental).then((b) => b.build()));
        fs.rmSync(clean, { recursive: true, force: true });
        const want = await outcome(renderSite({ source: root, destination: clean, env: FIXED_ENV }));
        if (!sameOutcome(got, want)) fail(site, seed, steps, 'the update', got, want);
        if (!sameOutcome(cached, want)) fail(site, seed, steps, 'the --incremental build', cached, want);
        if ('error' in want) continue; // a failed build leaves the destinations as they were
        const expected = tree(clean);
        if (!sameOutcome(tree(live), expected)) fail(site, seed, steps, "serve's destination", { files: tree(live) }, { files: expected });
        if (!sameOutcome(tree(incremental.destination), expected)) fail(site, seed, steps, "--incremental's destination", { files: tree(incremental.destination) }, { files: expected });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
