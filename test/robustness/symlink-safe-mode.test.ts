// Safe mode and symbolic links. Every expectation here comes from real Jekyll
// 4.3.1 runs of the same sites (`jekyll build --safe`, and `safe: true` in
// _config.yml), made while writing lib/site/symlinks.ts:
// - links to files or folders outside the source are left out (static files,
//   pages, posts, layouts, data); links that stay inside are read and copied;
// - an include that is such a link fails with "... is not a symlink as those
//   are not allowed in safe mode.";
// - `_posts` and `_layouts` that are themselves links are still read, `_data`
//   and a collection folder that are links are not.
import { KyllError } from '../../lib/index.js';
import { configOverrides, parseArgs } from '../../lib/cli/args.js';
import { tempSite, type TempSite } from './symlink-helpers.js';

let t: TempSite;
beforeEach(() => {
  t = tempSite();
});
afterEach(() => t.remove());

function outsideAndInsideLinks(): void {
  t.file('outside/secret.txt', 'SECRET\n');
  t.file('outside/dir/f.txt', 'dirfile\n');
  t.file('outside/page.md', '---\ntitle: out\n---\nOUTPAGE\n');
  t.file('outside/2020-01-01-outpost.md', '---\ntitle: out\n---\nOUTPOST\n');
  t.file('outside/lay.html', '---\n---\nLAYOUT-OUT {{ content }}');
  t.file('outside/d.yml', 'k: outside\n');
  t.file('sub/in.txt', 'inside\n');
  t.file('_includes/real.html', 'inc-in');
  t.link('secret.txt', '../outside/secret.txt');
  t.link('abs-secret.txt', `${t.outside}/secret.txt`);
  t.link('passwd', '/etc/passwd');
  t.link('in-link.txt', 'sub/in.txt');
  t.link('page.md', '../outside/page.md');
  t.link('linkdir', '../outside/dir');
  t.link('linksub', 'sub');
  t.link('_layouts/lay.html', '../../outside/lay.html');
  t.link('_data/d.yml', '../../outside/d.yml');
  t.link('_posts/2020-01-01-outpost.md', '../../outside/2020-01-01-outpost.md');
  t.file('index.html', '---\nlayout: lay\n---\n{% include real.html %}|{{ site.data.d.k }}\n');
}

test('safe: true leaves out every link that leads outside the source, and keeps those inside', async () => {
  outsideAndInsideLinks();
  const result = await t.build({ safe: true });
  expect(t.tree()).toEqual(['f in-link.txt', 'f index.html', 'f linksub/in.txt', 'f sub/in.txt']);
  expect(t.read('index.html')).toBe('inc-in|\n');
  expect(t.read('in-link.txt')).toBe('inside\n');
  expect(result.diagnostics.map((d) => d.message)).toContain("Build Warning: Layout 'lay' requested in index.html does not exist.");
});

test('without safe mode the same links are all read (production: copied as files)', async () => {
  outsideAndInsideLinks();
  await t.build();
  expect(t.tree()).toEqual([
    'f 2020/01/01/outpost.html',
    'f abs-secret.txt',
    'f in-link.txt',
    'f index.html',
    'f linkdir/f.txt',
    'f linksub/in.txt',
    'f page.html',
    'f passwd',
    'f secret.txt',
    'f sub/in.txt',
  ]);
  expect(t.read('index.html')).toBe('LAYOUT-OUT inc-in|outside\n');
  expect(t.read('secret.txt')).toBe('SECRET\n');
});

test('the --safe flag is the safe option', async () => {
  expect(configOverrides(parseArgs(['build', '--safe']))).toEqual({ safe: true });
  t.file('outside/secret.txt', 'SECRET\n');
  t.link('secret.txt', '../outside/secret.txt');
  t.file('index.html', 'home\n');
  await t.build(configOverrides(parseArgs(['build', '--safe'])));
  expect(t.tree()).toEqual(['f index.html']);
});

test('safe: true in _config.yml works like the flag', async () => {
  t.file('_config.yml', 'safe: true\n');
  t.link('passwd', '/etc/passwd');
  t.file('index.html', 'home\n');
  await t.build();
  expect(t.tree()).toEqual(['f index.html']);
});

test('safe mode: an include that links outside the source stops the build with Jekyll\'s message', async () => {
  t.file('outside/inc.html', 'inc-out');
  t.link('_includes/inc.html', '../../outside/inc.html');
  t.file('index.html', '---\n---\n{% include inc.html %}\n');
  const err = await t.build({ safe: true }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(KyllError);
  expect((err as KyllError).code).toBe('INCLUDE_NOT_FOUND');
  expect((err as KyllError).message).toContain(
    "Could not locate the included file 'inc.html' in any of [\"" + t.site + '/_includes"]. Ensure it exists in one of those directories and is not a symlink as those are not allowed in safe mode.',
  );
  expect((err as KyllError).file).toBe('index.html');
  // Without safe mode the same include renders.
  await t.build();
  expect(t.read('index.html')).toBe('inc-out\n');
});

test('safe mode: an include must really live in _includes, even when it links inside the source', async () => {
  t.file('shared/inc.html', 'shared');
  t.link('_includes/inc.html', '../shared/inc.html');
  t.file('index.html', '---\n---\n{% include inc.html %}\n');
  await expect(t.build({ safe: true })).rejects.toThrow(/not allowed in safe mode/);
});

test('safe mode: linked _posts and _layouts folders are read, linked _data and collection folders are not', async () => {
  t.file('outside/posts/2020-02-02-ext.md', '---\ntitle: P\n---\nEXTPOST\n');
  t.file('outside/layouts/default.html', '---\n---\nEXTLAYOUT {{ content }}');
  t.file('outside/data/x.yml', 'k: v\n');
  t.file('outside/coll/c.md', '---\ntitle: C\n---\nCOLL\n');
  t.file('_config.yml', 'collections:\n  things:\n    output: true\n');
  t.link('_posts', '../outside/posts');
  t.link('_layouts', '../outside/layouts');
  t.link('_data', '../outside/data');
  t.link('_things', '../outside/coll');
  t.file('index.html', '---\nlayout: default\n---\n[{{ site.data.x.k }}]\n');
  await t.build({ safe: true });
  expect(t.tree()).toEqual(['f 2020/02/02/ext.html', 'f index.html']);
  expect(t.read('index.html')).toBe('EXTLAYOUT []\n');
  await t.build();
  expect(t.tree()).toEqual(['f 2020/02/02/ext.html', 'f index.html', 'f things/c.html']);
  expect(t.read('index.html')).toBe('EXTLAYOUT [v]\n');
});
