// A destination that is the source, or a folder that contains it, would delete
// the source when the new site is swapped in. Jekyll refuses it
// (site.rb#ensure_not_in_dest: "Destination directory cannot be or contain the
// Source directory."); kyll refuses it too, comparing real paths so that `..`
// and symlinks do not get around the check (Jekyll compares the paths as
// written, and a symlink to the source deletes it).
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';
import { KyllError } from '../../lib/errors/kyll-error.js';
import { createBuilder } from '../../lib/index.js';
import { renderSite } from '../../lib/render/render-site.js';
import { capture, filesUnder, makeSiteDir, treeHash } from './dest-tree.js';

const MESSAGE = 'Destination directory cannot be or contain the Source directory.';

describe('a destination that is or contains the source is refused, and nothing is touched', () => {
  let root: string;
  let site: string;
  beforeEach(() => {
    ({ root, site } = makeSiteDir());
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const cases: Array<[string, (site: string, root: string) => string]> = [
    ['the source itself', (s) => s],
    ['the source with a trailing slash and a detour', (s) => path.join(s, '_posts', '..') + '/'],
    ['the parent folder', (_s, r) => r],
    ['the filesystem root', () => '/'],
    ['a symlink to the source', (s, r) => (fs.symlinkSync(s, path.join(r, 'link')), path.join(r, 'link'))],
    ['a symlink to the parent folder', (_s, r) => (fs.symlinkSync(r, path.join(r, 'up')), path.join(r, 'up'))],
  ];

  test.each(cases)('renderSite refuses %s (DESTINATION_CONTAINS_SOURCE)', async (_name, destOf) => {
    const destination = destOf(site, root);
    const before = treeHash(root);
    const error = await renderSite({ source: site, destination }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KyllError);
    expect((error as KyllError).code).toBe('DESTINATION_CONTAINS_SOURCE');
    expect((error as KyllError).message).toBe(MESSAGE);
    expect(treeHash(root)).toBe(before);
  });

  test('a source given through a symlink is refused as well', async () => {
    fs.symlinkSync(site, path.join(root, 'alias'));
    const before = treeHash(root);
    await expect(renderSite({ source: path.join(root, 'alias'), destination: site })).rejects.toMatchObject({ code: 'DESTINATION_CONTAINS_SOURCE' });
    expect(treeHash(root)).toBe(before);
  });

  test.each([['-d', '.'], ['-d', '..'], ['-d', '../site/']])('kyll build %s %s from inside the source exits 1 with one message', async (flag, dest) => {
    const before = treeHash(root);
    const cwd = process.cwd();
    const c = capture();
    process.chdir(site);
    try {
      expect(await run(['build', flag, dest], c.printer)).toBe(1);
    } finally {
      process.chdir(cwd);
    }
    expect(c.err.filter((l) => l !== 'Configuration file: none')[0]).toBe(`             Error: ${MESSAGE}`);
    expect(c.err.join('\n')).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
    expect(treeHash(root)).toBe(before);
  });

  test('a destination inside the source (the default _site, or deeper) stays allowed, as in Jekyll', async () => {
    await renderSite({ source: site });
    await renderSite({ source: site, destination: path.join(site, 'sub', 'out') });
    expect(filesUnder(path.join(site, '_site'))).toEqual(['2020/01/01/a.html', 'index.html']);
    expect(filesUnder(path.join(site, 'sub', 'out'))).toEqual(['2020/01/01/a.html', 'index.html']);
    expect(fs.readFileSync(path.join(site, '_config.yml'), 'utf8')).toBe('title: T\n');
  });

  test('a source whose folder name starts with two dots (..site) is still inside its parent', async () => {
    // path.relative(parent, source) is '..site': a name, not a climb. Was: built, and the swap deleted the source.
    const dotted = path.join(root, '..site');
    fs.renameSync(site, dotted);
    const before = treeHash(root);
    await expect(renderSite({ source: dotted, destination: root })).rejects.toMatchObject({ code: 'DESTINATION_CONTAINS_SOURCE' });
    expect(treeHash(root)).toBe(before);
  });

  // Jekyll 4.3.1 with -d _posts read the posts, then its Cleaner deleted them: the folders a site reads are no destination.
  test.each([
    ['_posts', ''],
    ['_posts/sub', ''],
    ['_layouts', ''],
    ['.git', ''],
    ['_recipes', 'collections:\n  recipes:\n    output: true\n'],
    ['my/_posts', 'collections_dir: my\n'],
    ['partials', 'includes_dir: partials\n'],
    ['_sass', ''],
  ])('-d %s is refused (UNSAFE_DESTINATION) before anything is touched', async (dest, config) => {
    fs.writeFileSync(path.join(site, '_config.yml'), `title: T\n${config}`);
    fs.mkdirSync(path.join(site, '_layouts'));
    fs.writeFileSync(path.join(site, '_layouts', 'default.html'), '{{ content }}');
    const before = treeHash(root);
    await expect(renderSite({ source: site, destination: path.join(site, dest) })).rejects.toMatchObject({ code: 'UNSAFE_DESTINATION', message: expect.stringMatching(/^Destination directory cannot be the site's .+ folder or inside it\.$/) });
    expect(treeHash(root)).toBe(before);
    const c = capture();
    expect(await run(['build', '-s', site, '-d', path.join(site, dest)], c.printer)).toBe(1);
    expect(await run(['clean', '-s', site, '-d', path.join(site, dest)], c.printer)).toBe(1);
    expect(treeHash(root)).toBe(before);
  });

  // Jekyll 4.3.1 with `_posts -> ../data/posts` and -d ../data read the posts, then its Cleaner deleted
  // them (kyll's swap did too): a folder the site reads through a link is no destination either.
  test.each([
    ['the folder holding the linked one', 'data'],
    ['the linked folder itself', 'data/posts'],
    ['a folder inside the linked one', 'data/posts/x'],
  ])('a destination that is %s of _posts (a link out of the site) is refused before anything is touched', async (_name, dest) => {
    fs.mkdirSync(path.join(root, 'data'));
    fs.renameSync(path.join(site, '_posts'), path.join(root, 'data', 'posts'));
    fs.symlinkSync('../data/posts', path.join(site, '_posts'));
    const before = treeHash(root);
    const destination = path.join(root, dest);
    await expect(renderSite({ source: site, destination })).rejects.toMatchObject({
      code: 'UNSAFE_DESTINATION',
      message: `Destination directory cannot be, contain or be inside the site's _posts folder (a link to ${path.join(root, 'data', 'posts')}).`,
    });
    await expect((await createBuilder({ source: site, destination })).build()).rejects.toMatchObject({ code: 'UNSAFE_DESTINATION' });
    const c = capture();
    expect(await run(['build', '-s', site, '-d', destination], c.printer)).toBe(1);
    expect(await run(['clean', '-s', site, '-d', destination], c.printer)).toBe(1);
    expect(treeHash(root)).toBe(before);
    // A destination beside it is fine, and the posts read through the link are written.
    await renderSite({ source: site, destination: path.join(root, 'out') });
    expect(filesUnder(path.join(root, 'out'))).toEqual(['2020/01/01/a.html', 'index.html']);
    expect(fs.readdirSync(path.join(root, 'data', 'posts'))).toEqual(['2020-01-01-a.md']);
  });

  // `-d docs` over the site's own docs/ pages: Jekyll does not read the destination, then deletes what it did not write.
  test('a destination inside the source holding pages with front matter is refused; one holding a previous build is not', async () => {
    fs.mkdirSync(path.join(site, 'docs', 'guide'), { recursive: true });
    fs.writeFileSync(path.join(site, 'docs', 'guide', 'setup.md'), '---\ntitle: Setup\n---\nsteps\n');
    fs.writeFileSync(path.join(site, 'docs', 'logo.txt'), 'no front matter');
    const before = treeHash(root);
    await expect(renderSite({ source: site, destination: path.join(site, 'docs') })).rejects.toMatchObject({
      code: 'UNSAFE_DESTINATION',
      message: `Destination directory ${path.join(site, 'docs')} holds pages of the site (docs/guide/setup.md has front matter).`,
    });
    expect(treeHash(root)).toBe(before);
    fs.rmSync(path.join(site, 'docs', 'guide'), { recursive: true });
    await renderSite({ source: site, destination: path.join(site, 'docs') });
    await renderSite({ source: site, destination: path.join(site, 'docs') });
    expect(filesUnder(path.join(site, 'docs'))).toEqual(['2020/01/01/a.html', 'index.html']);
  });

  test('a sibling destination whose name starts like the source is not mistaken for a parent', async () => {
    await renderSite({ source: site, destination: `${site}-out` });
    expect(filesUnder(`${site}-out`)).toEqual(['2020/01/01/a.html', 'index.html']);
  });

  test('rendering in memory (write: false) with such a destination writes nothing and is allowed', async () => {
    const before = treeHash(root);
    const result = await renderSite({ source: site, destination: root, write: false });
    expect(result.files.map((f) => f.path).sort()).toEqual(['2020/01/01/a.html', 'index.html']);
    expect(treeHash(root)).toBe(before);
  });
});

// Jekyll's Cleaner empties any destination (the swap replaces it): the home folder, or a folder
// holding it, is refused so that `-d ~` cannot delete the user's files.
describe('a destination that is or contains the home folder is refused, and nothing is touched', () => {
  let root: string;
  let site: string;
  let home: string;
  const savedHome = process.env.HOME;
  beforeEach(() => {
    ({ root, site } = makeSiteDir());
    home = path.join(root, 'users', 'me');
    fs.mkdirSync(home, { recursive: true });
    fs.writeFileSync(path.join(home, 'notes.txt'), 'mine\n');
    process.env.HOME = home;
  });
  afterEach(() => {
    process.env.HOME = savedHome;
    fs.rmSync(root, { recursive: true, force: true });
  });

  test.each([
    ['the home folder', (h: string) => h],
    ['a folder holding it', (h: string) => path.dirname(h)],
    ['the home folder through a symlink', (h: string) => (fs.symlinkSync(h, path.join(root, 'h')), path.join(root, 'h'))],
    ['a folder holding a home folder named ..me', (h: string) => (fs.renameSync(h, path.join(path.dirname(h), '..me')), (process.env.HOME = path.join(path.dirname(h), '..me')), path.dirname(h))],
  ])('renderSite refuses %s (UNSAFE_DESTINATION)', async (_name, destOf) => {
    const destination = destOf(home);
    const before = treeHash(root);
    await expect(renderSite({ source: site, destination })).rejects.toMatchObject({ code: 'UNSAFE_DESTINATION' });
    expect(treeHash(root)).toBe(before);
  });

  test('kyll build -d ~ exits 1 with one message; a folder inside the home folder stays allowed', async () => {
    const before = treeHash(root);
    const c = capture();
    expect(await run(['build', '-s', site, '-d', home], c.printer)).toBe(1);
    expect(c.err.filter((l) => l !== 'Configuration file: none')[0]).toBe(`             Error: Destination directory cannot be or contain the home directory ${home}.`);
    expect(treeHash(root)).toBe(before);
    await renderSite({ source: site, destination: path.join(home, 'out') });
    expect(filesUnder(path.join(home, 'out'))).toEqual(['2020/01/01/a.html', 'index.html']);
    expect(fs.readFileSync(path.join(home, 'notes.txt'), 'utf8')).toBe('mine\n');
  });
});
