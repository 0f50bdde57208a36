// A file or folder whose name on disk is not UTF-8 (named in GBK, say): Jekyll's EntryFilter stops
// with ArgumentError "invalid byte sequence in UTF-8" on every such name in a folder its reader
// enters, unless the name is excluded (and not included) or ends with `.` (checked against Jekyll
// 4.3.1). Node lists the name with U+FFFD for its bad bytes, which opens nothing: kyll failed with
// ENOENT on a file and left out a folder's files without a word.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const GBK = Buffer.from([0xd6, 0xd0]); // 中 in GBK

describe('entries whose names are not UTF-8', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-names-'));
    fs.writeFileSync(path.join(dir, 'index.md'), '---\n---\nhi\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const named = (...parts: (string | Buffer)[]): Buffer => Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))]);
  const build = () => renderSite({ source: dir, write: false, env: FIXED_ENV, threads: 1 });

  test.each([
    ['a static file', () => (fs.mkdirSync(path.join(dir, 'img')), fs.writeFileSync(named('img/a', GBK, '.png'), 'x')), 'img/a'],
    ['a folder (its files were left out)', () => (fs.mkdirSync(named('d', GBK)), fs.writeFileSync(named('d', GBK, '/a.png'), 'x')), 'd'],
    ['a post', () => (fs.mkdirSync(path.join(dir, '_posts')), fs.writeFileSync(named('_posts/2020-01-01-a', GBK, '.md'), '---\n---\nx\n')), '_posts/2020-01-01-a'],
    ['a name starting with _', () => fs.writeFileSync(named('_a', GBK, '.txt'), 'x'), '_a'],
    ['an included file', () => (fs.writeFileSync(path.join(dir, '_config.yml'), 'include: ["*.png"]\n'), fs.writeFileSync(named('a', GBK, '.png'), 'x')), 'a'],
  ])('%s stops the build naming it', async (_, make, start) => {
    make();
    await expect(build()).rejects.toMatchObject({ code: 'INVALID_ENCODING', file: expect.stringMatching(new RegExp(`^${start}\uFFFD\uFFFD`)), message: expect.stringContaining('invalid byte sequence in UTF-8') });
  });

  test('an excluded one, or one in a folder the reader does not enter, is not read', async () => {
    fs.mkdirSync(path.join(dir, 'img'));
    fs.writeFileSync(named('img/a', GBK, '.png'), 'x');
    fs.mkdirSync(path.join(dir, '_includes'));
    fs.writeFileSync(named('_includes/a', GBK, '.html'), 'x');
    fs.writeFileSync(path.join(dir, '_config.yml'), 'exclude: [img]\n');
    expect((await build()).files.map((f) => f.path)).toEqual(['index.html']);
  });
});
