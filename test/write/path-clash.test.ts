// An output whose path is a folder of another output's path (write/path-clash.ts). Found on
// mapbox.js's docs of 2015: API posts with `permalink: /:categories/:title` and titles such as
// `v1.0.0` are files named like the folders of the examples under them. Jekyll 4.3.1 stops at the
// first write that meets the other (its messages below were printed by it for these sites):
// kyll named the output it happened to write second, in its own words.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { firstWriteClash, foldersInTheWay } from '../../lib/write/path-clash.js';
import { FIXED_ENV } from '../helpers/build-env.js';

let root: string;
beforeAll(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-clash-'))));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

test('foldersInTheWay finds only paths that are a folder of another path', () => {
  expect([...foldersInTheWay(['a/v1.0', 'a/v1.0/x.html', 'a/v1.0.html', 'b/c', 'b/cd/e', 'x/y/z', 'x'])]).toEqual(['a/v1.0', 'x']);
  expect(foldersInTheWay(['index.html', 'a/index.html', 'a/b/index.html']).size).toBe(0);
});

test('firstWriteClash follows mkdir_p from the top down and names the first file in the way', () => {
  const steps = [
    { path: 'a/b', isStatic: false },
    { path: 'a/b/c/d.html', isStatic: false, from: 'p.md' },
  ];
  expect(firstWriteClash(steps, '/dest')?.message).toBe('File exists @ dir_s_mkdir - /dest/a/b (Errno::EEXIST)');
  expect(firstWriteClash([...steps].reverse(), '/dest')?.message).toBe('Is a directory @ rb_sysopen - /dest/a/b (Errno::EISDIR)');
  expect(firstWriteClash([{ path: 'a/b/c', isStatic: false }, { path: 'a/b', isStatic: true }], '/dest')?.message).toBe('Is a directory @ apply2files - /dest/a/b (Errno::EISDIR)');
  expect(firstWriteClash([{ path: 'a/b', isStatic: false }, { path: 'a/b', isStatic: false }], '/dest')).toBeUndefined();
});

const post = (permalink: string, text = 'post') => `---\npermalink: ${permalink}\n---\n${text}\n`;
// Each site with the error jekyll 4.3.1 stops with, and the file it names.
const cases: Array<[string, Record<string, string>, string, string]> = [
  // Pages are written before documents: the page makes the folder, the post cannot be opened.
  ['post in the way of a page', { '_posts/2020-01-01-p.md': post('/a/v1.0'), 'x.md': post('/a/v1.0/x.html') }, 'Is a directory @ rb_sysopen - DEST/a/v1.0 (Errno::EISDIR)', '_posts/2020-01-01-p.md'],
  // The page's file is written first: mkdir_p of the post's folder meets it.
  ['page in the way of a post', { 'p.md': post('/b/v1.0'), '_posts/2020-01-01-p.md': post('/b/v1.0/deep/y.html') }, 'File exists @ dir_s_mkdir - DEST/b/v1.0 (Errno::EEXIST)', '_posts/2020-01-01-p.md'],
  // Static files come after pages.
  ['page in the way of a static file', { 'c/v1.0/s.txt': 's\n', 'p.md': post('/c/v1.0') }, 'File exists @ dir_s_mkdir - DEST/c/v1.0 (Errno::EEXIST)', 'c/v1.0/s.txt'],
  // StaticFile#write removes what is at its path first: FileUtils.rm of a folder.
  ['static file in the way of a page', { 'd/v1.0': 's\n', 'p.md': post('/d/v1.0/x.html') }, 'Is a directory @ apply2files - DEST/d/v1.0 (Errno::EISDIR)', 'd/v1.0'],
];

describe.each([1, 2])('a build to disk stops as Jekyll does (threads: %i)', (threads) => {
  test.each(cases)('%s', async (name, files, message, file) => {
    const dir = site(`${name}-${threads}`.replace(/ /g, '-'), { '_config.yml': 'title: t\n', ...files });
    const dest = path.join(dir, '_site');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'old.html'), 'old');
    await expect(renderSite({ source: dir, destination: dest, env: FIXED_ENV, threads })).rejects.toMatchObject({ message: message.replace('DEST', dest), file });
    // The destination is left as it was.
    expect(fs.readdirSync(dest)).toEqual(['old.html']);
  });
});

test('the long-lived builder stops alike', async () => {
  const [name, files, message, file] = cases[0]!;
  const dir = site(`builder-${name}`.replace(/ /g, '-'), { '_config.yml': 'title: t\n', ...files });
  const dest = path.join(dir, '_site');
  const builder = await createBuilder({ source: dir, destination: dest, env: FIXED_ENV });
  await expect(builder.build()).rejects.toMatchObject({ message: message.replace('DEST', dest), file });
});

test('a build in memory lists both outputs, as before', async () => {
  const [, files] = cases[0]!;
  const dir = site('memory', { '_config.yml': 'title: t\n', ...files });
  const result = await renderSite({ source: dir, write: false, env: FIXED_ENV });
  expect(result.files.map((f) => f.path).sort()).toEqual(['a/v1.0', 'a/v1.0/x.html']);
});
