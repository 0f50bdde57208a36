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
