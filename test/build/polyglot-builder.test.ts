// jekyll-polyglot in the writing loop: the builder (serve, --watch) and a new --incremental
// builder keep every language's build (build/language-builder.ts). After each edit (a post of
// one language, one language's _data file, a layout, the config's languages) the destinations
// hold what a clean renderSite of the site writes, and the update's files are its files.
import fs from 'node:fs';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { siteCopy } from '../helpers/site-copy.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';
import { ANY_STAGING } from '../../lib/write/staging.js';
import { contentsByPath } from './edit-site.js';

process.env.TZ = FIXED_ENV.TZ;
const FIXTURE = path.resolve('fixtures', 'sites', 'plugin-polyglot-lang-from-path');

const EDITS: ReadonlyArray<[string, string, (t: string) => string]> = [
  ['a post of one language', '_posts/de/2021-03-01-one.md', (t) => t.replace('eins', 'eins, neu')],
  ["one language's data file", '_data/de/strings.yml', (t) => t.replace('Hallo', 'Guten Tag')],
  ['the shared data file', '_data/strings.yml', (t) => t.replace('a: 1', 'a: 5')],
  ['a layout', '_layouts/default.html', (t) => t.replace('<html', '<html data-x="1"')],
  ['a language added', '_config.yml', (t) => t.replace('languages: ["en", "de", "en"]', 'languages: ["en", "de", "fr"]')],
  ['a post after the new language', '_posts/2021-03-01-one.md', (t) => `${t}\nmore\n`],
];

/** Staging or retired folders (`.NAME.kyll-new-/old-...`) anywhere under `root`. */
function leftAside(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => ANY_STAGING.test(path.basename(p)));
}

test('after each edit, serve\'s and --incremental\'s destinations equal a clean build', async () => {
  const { dir, root, live, clean } = siteCopy(FIXTURE, 'kyll-polyglot-builder-');
  try {
    const incremental = { source: root, destination: path.join(dir, 'incremental'), env: FIXED_ENV, incremental: true };
    const builder = await createBuilder({ source: root, destination: live, env: FIXED_ENV });
    await builder.build();
    await (await createBuilder(incremental)).build();
    for (const [what, file, edit] of EDITS) {
      const p = path.join(root, file);
      fs.writeFileSync(p, edit(fs.readFileSync(p, 'utf8')));
      const update = await builder.update([p]);
      const cached = await (await createBuilder(incremental)).build();
      // Read before anything else runs: a language's previous copy set aside inside the destination
      // (`.de.kyll-old-...`) must be gone when the build returns, not later in the background.
      expect({ what, setAside: leftAside(incremental.destination) }).toEqual({ what, setAside: [] });
      expect({ what, setAside: leftAside(live) }).toEqual({ what, setAside: [] });
      fs.rmSync(clean, { recursive: true, force: true });
      const want = await renderSite({ source: root, destination: clean, env: FIXED_ENV });
      expect({ what, files: [...contentsByPath(update.result.files)] }).toEqual({ what, files: [...contentsByPath(want.files)] });
      expect({ what, files: [...contentsByPath(cached.files)] }).toEqual({ what, files: [...contentsByPath(want.files)] });
      const expected = folderTree(clean);
      expect({ what, tree: folderTree(live) }).toEqual({ what, tree: expected });
      expect({ what, tree: folderTree(incremental.destination) }).toEqual({ what, tree: expected });
      expect({ what, written: update.written.length > 0 }).toEqual({ what, written: true });
    }
    // A language's output the update wrote is named by its path in the main destination.
    const p = path.join(root, '_posts/de/2021-03-01-one.md');
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('eins', 'zwei'));
    const u = await builder.update([p]);
    expect(u.written.map((f) => f.path)).toContain('de/nachrichten/2021/03/01/one.html');
    expect(u.written.every((f) => fs.readFileSync(path.join(live, f.path), 'utf8') === String(f.contents))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

// A page computed by a plugin (jekyll-feed's feed.xml) goes through the pages' post_render hooks
// in a long-lived build too: polyglot's links into /LANG/, as Jekyll wrote them.
test("serve's build of each language rewrites the feed's links as Jekyll does", async () => {
  const { dir, root, live } = siteCopy(path.resolve('fixtures', 'sites', 'fid22c-polyglot-feed'), 'kyll-polyglot-feed-');
  try {
    await (await createBuilder({ source: root, destination: live, env: FIXED_ENV })).build();
    const expected = path.resolve('fixtures', 'expected', 'fid22c-polyglot-feed');
    for (const feed of ['feed.xml', 'fr/feed.xml', 'de/feed.xml']) {
      expect({ feed, text: fs.readFileSync(path.join(live, feed), 'utf8') }).toEqual({ feed, text: fs.readFileSync(path.join(expected, feed), 'utf8') });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

// A change of the languages reloads what changed only, as any other configuration edit: the
// languages kept update in place (an output whose bytes stay is not named), a new language's
// outputs are named, and a removed language's are named as removed, its folder gone.
test('a change of the languages names only the outputs that changed', async () => {
  const { dir, root, live, clean } = siteCopy(FIXTURE, 'kyll-polyglot-replan-');
  try {
    const builder = await createBuilder({ source: root, destination: live, env: FIXED_ENV });
    await builder.build();
    const config = path.join(root, '_config.yml');
    const files = (tree: Array<[string, string]>): Map<string, string> => new Map(tree.filter(([p]) => !p.endsWith('/')));
    for (const [what, edit] of [
      ['fr added', (t: string) => t.replace('languages: ["en", "de", "en"]', 'languages: ["en", "de", "fr"]')],
      ['de removed', (t: string) => t.replace('languages: ["en", "de", "fr"]', 'languages: ["en", "fr"]')],
    ] as const) {
      const before = files(folderTree(live));
      fs.writeFileSync(config, edit(fs.readFileSync(config, 'utf8')));
      const update = await builder.update([config]);
      fs.rmSync(clean, { recursive: true, force: true });
      await renderSite({ source: root, destination: clean, env: FIXED_ENV });
      expect({ what, tree: folderTree(live) }).toEqual({ what, tree: folderTree(clean) });
      const after = files(folderTree(live));
      const changed = [...after].filter(([p, c]) => before.get(p) !== c).map(([p]) => p).sort();
      const gone = [...before.keys()].filter((p) => !after.has(p)).sort();
      expect({ what, written: update.written.map((f) => f.path).sort(), removed: [...update.removed].sort() }).toEqual({ what, written: changed, removed: gone });
      // Not everything: the default language's posts and pages that do not show the languages stay.
      expect({ what, all: update.written.length < after.size }).toEqual({ what, all: true });
    }
    // de/ is now the default language's folder of the site's de/ pages only (de/de/index.html, as Jekyll wrote it).
    expect(fs.existsSync(path.join(live, 'de', 'nachrichten'))).toBe(false);
    expect(fs.existsSync(path.join(live, 'fr', 'index.html'))).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

// parallel_localization: false: the later languages' jekyll-sitemap answers from the first
// language's pages and files (generator-memo.ts) in a long-lived build too, after an edit as well.
test("serve's languages built one after the other share the generators' memo", async () => {
  const { dir, root, live, clean } = siteCopy(path.resolve('fixtures', 'sites', 's29d-polyglot-sequential-sitemap'), 'kyll-polyglot-memo-');
  try {
    const builder = await createBuilder({ source: root, destination: live, env: FIXED_ENV });
    await builder.build();
    expect(folderTree(live)).toEqual(folderTree(path.resolve('fixtures', 'expected', 's29d-polyglot-sequential-sitemap')));
    const p = path.join(root, 'a.md');
    fs.writeFileSync(p, `${fs.readFileSync(p, 'utf8')}\nmore\n`);
    const update = await builder.update([p]);
    const want = await renderSite({ source: root, destination: clean, env: FIXED_ENV });
    expect([...contentsByPath(update.result.files)]).toEqual([...contentsByPath(want.files)]);
    expect(folderTree(live)).toEqual(folderTree(clean));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("tidy cleans each language's folder as Jekyll's Cleaner does in each process_language: files put there by hand go, keep_files stay", async () => {
  const { dir, root, live } = siteCopy(FIXTURE, 'kyll-polyglot-builder-');
  try {
    fs.appendFileSync(path.join(root, '_config.yml'), 'keep_files: [kept]\n');
    const builder = await createBuilder({ source: root, destination: live, env: FIXED_ENV });
    await builder.build();
    const before = folderTree(live);
    const put = (rel: string): void => {
      fs.mkdirSync(path.dirname(path.join(live, rel)), { recursive: true });
      fs.writeFileSync(path.join(live, rel), 'by hand');
    };
    for (const rel of ['hand.txt', 'de/hand.txt', 'handdir/x.html', 'kept/k.txt', 'de/kept/k.txt']) put(rel);
    const t = await builder.tidy();
    expect([...t.removed].sort()).toEqual(['de/hand.txt', 'hand.txt', 'handdir']);
    const filesOf = (tree: Array<[string, string]>): string[] => tree.map(([p]) => p).filter((p) => !p.endsWith('/')).sort();
    expect(filesOf(folderTree(live))).toEqual([...filesOf(before), 'de/kept/k.txt', 'kept/k.txt'].sort());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
