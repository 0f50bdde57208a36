// Symbolic links to nothing, as jekyll 4.3.1 met them (source/dangling-links.ts): where it opens
// one to read it the build stops with Errno::ENOENT; where it never looks, the link is ignored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/render/render-site.js';
import { FIXED_ENV } from '../helpers/build-env.js';

let root: string;
beforeAll(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-dangling-'))));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A site of `files` (path → text, or `{ link }` for a link to nothing) in a new folder. */
function site(name: string, files: Record<string, string | { link: string }>): string {
  const dir = path.join(root, name);
  for (const [p, v] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    if (typeof v === 'string') fs.writeFileSync(path.join(dir, p), v);
    else fs.symlinkSync(v.link, path.join(dir, p));
  }
  return dir;
}
const build = (dir: string) => renderSite({ source: dir, write: false, env: FIXED_ENV });
const gone = { link: 'nowhere/x.xml' };

test.each([
  ['top', { 'link.xml': gone }, 'link.xml'],
  ['collection', { '_config.yml': 'collections:\n  things:\n    output: true\n', '_things/t.md': gone }, '_things/t.md'],
  ['data', { '_data/a.yml': gone }, '_data/a.yml'],
])('a link to nothing that Jekyll opens stops the build (%s)', async (name, files, file) => {
  const dir = site(name, { 'index.html': 'hi', ...files });
  await expect(build(dir)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message: `No such file or directory @ rb_sysopen - ${path.join(dir, file)}` });
});

// Jekyll 4.3.1: a link that leads back to itself stops the build the same way, with Errno::ELOOP's words
// (rb_sysopen for the reader, rb_check_realpath_internal for safe mode's File.realpath).
test.each([
  ['loop-top', { self: { link: 'self' } }, 'self', false],
  ['loop-data', { '_data/loop.yml': { link: 'loop.yml' } }, '_data/loop.yml', false],
  ['loop-safe', { '_config.yml': 'safe: true\n', self: { link: 'self' } }, 'self', true],
])('a link that leads back to itself stops the build in ELOOP\'s words (%s)', async (name, files, file, safe) => {
  const dir = site(name, { 'index.html': 'hi', ...files });
  const message = safe ? `Too many levels of symbolic links @ rb_check_realpath_internal - ${file}` : `Too many levels of symbolic links @ rb_sysopen - ${path.join(dir, file)}`;
  await expect(build(dir)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message });
});

test('excluded, `_` and `.` entries, layouts and posts that are links to nothing are left out', async () => {
  const dir = site('ignored', {
    '_config.yml': 'exclude: [sub]\n',
    'index.html': 'hi',
    'sub/link.xml': gone,
    '_stuff/l.md': gone,
    '.hidden': gone,
    '_layouts/l.html': gone,
    '_posts/2020-01-01-a.md': gone,
    '_data/.x.yml': gone,
  });
  expect((await build(dir)).files.map((f) => f.path)).toEqual(['index.html']);
});

test('the first link Jekyll meets is named: a folder\'s files before its subfolders', async () => {
  const dir = site('order', { 'index.html': 'hi', 'a/b/deep.xml': gone, 'a/mid.xml': gone, 'z.xml': gone });
  await expect(build(dir)).rejects.toMatchObject({ message: `No such file or directory @ rb_sysopen - ${path.join(dir, 'z.xml')}` });
});

// safe: true (GitHub Pages): EntryFilter#symlink? resolves each link it is asked about before it
// looks at `.`/`_` names, so File.realpath's error stops the build (safe-dangling-links.ts).
// Found on Homebrew/brew's docs/ (a `.ruby-version` link to a file outside the site); the cases
// and the names Ruby prints were run with Jekyll 4.3.1.
describe('safe mode', () => {
  const safe = 'safe: true\ncollections: [col]\n';
  const realpath = (name: string) => `No such file or directory @ rb_check_realpath_internal - ${name}`;
  test.each([
    ['a `.` file at the top', { '.ruby-version': gone }, '.ruby-version'],
    ['a `_` entry', { _x: gone }, '_x'],
    ['a backup', { 'x~': gone }, 'x~'],
    ['a `.` file in a folder', { 'docs/.x': gone }, '.x'],
    ['a page', { 'docs/a.md': gone }, 'a.md'],
    ['a nested post', { '_posts/sub/2020-01-01-a.md': gone }, 'sub/2020-01-01-a.md'],
    ['a layout', { '_layouts/sub/n.html': gone }, 'sub/n.html'],
    ['a `.` file of a collection', { '_col/.x': gone }, '.x'],
    ['a data file (full path)', { '_data/sub/x.json': gone }, '<dir>/_data/sub/x.json'],
    ['layouts before the walk', { 'z.md': gone, '_layouts/a.html': gone }, 'a.html'],
    ['a folder\'s files, then its _posts, then its folders', { '_posts/2020-01-01-a.md': gone, 'docs/b.md': gone }, '2020-01-01-a.md'],
    ['collections before data', { '_col/a.md': gone, '_data/a.yml': gone }, 'a.md'],
  ])('a link to nothing that the reader asks about stops the build: %s', async (name, files, shown) => {
    const dir = site(`safe-${name.replace(/\W+/g, '-')}`, { '_config.yml': safe, 'index.html': 'hi', ...files });
    await expect(build(dir)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message: realpath(shown.replace('<dir>', dir)) });
  });

  test('an `include` entry in an excluded folder is named by its full path', async () => {
    const dir = site('safe-include', { '_config.yml': 'safe: true\nexclude: [docs]\ninclude: [docs/l.txt]\n', 'index.html': 'hi', 'docs/l.txt': gone });
    await expect(build(dir)).rejects.toMatchObject({ message: realpath(path.join(dir, 'docs/l.txt')) });
  });

  test('excluded entries, `.`-ending names, `_` folders, `.` layouts, posts and data files are not asked about', async () => {
    const dir = site('safe-ignored', {
      '_config.yml': 'safe: true\nexclude: [.ruby-version]\n',
      'index.html': 'hi',
      '.ruby-version': gone,
      'foo.': gone,
      '_stuff/l.md': gone,
      '_layouts/.x.html': gone,
      '_layouts/noext': gone,
      '_posts/.x': gone,
      '_data/.x.yml': gone,
      '_data/x.txt': gone,
      '_col/a.md': gone,
    });
    expect((await build(dir)).files.map((f) => f.path)).toEqual(['index.html']);
  });
});
