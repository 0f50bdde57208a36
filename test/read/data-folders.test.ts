// _data read folder by folder (read/data.ts): each folder's files are handed down to it, grouped
// once, so that a _data of thousands of folders (Staticman's comments, one folder per post) is
// read in time linear in its files. The tree must be the one DataReader#read_data_to builds.
import { readData } from '../../lib/read/data.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memorySource } from '../../lib/source/memory-source.js';
import { fsSource } from '../../lib/source/fs-source.js';

test('nested folders: files before folders at each level, names sanitized, `.` names and hidden folders left out', () => {
  const source = memorySource({
    '_data/b.yml': 'x: 1\n',
    '_data/a.json': '{"y": 2}',
    '_data/comments/post-two/c2.yml': 'name: two\n',
    '_data/comments/post-one/c1.yml': 'name: one\n',
    '_data/comments/post-one/c0.yml': 'name: zero\n',
    '_data/comments/post-one/deeper/d.csv': 'k,v\n1,2\n',
    '_data/comments/.hidden/h.yml': 'no: 1\n',
    '_data/comments/.h.yml': 'no: 2\n',
    '_data/other folder!/x.yml': 'z: 3\n',
    '_data/.git/config.yml': 'no: 3\n',
  });
  const data = readData(source);
  expect(Object.keys(data)).toEqual(['b', 'a', 'comments', 'other_folder']);
  expect(data.comments).toEqual({
    'post-one': { c0: { name: 'zero' }, c1: { name: 'one' }, deeper: { d: [{ k: '1', v: '2' }] } },
    'post-two': { c2: { name: 'two' } },
  });
  expect(Object.keys(data.comments as object)).toEqual(['post-one', 'post-two']);
  expect(data['other_folder']).toEqual({ x: { z: 3 } });
});

test('a thousand folders of comments each hold their own files only', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 1000; i++) for (let j = 0; j < 3; j++) files[`_data/comments/p${i}/c${j}.yml`] = `n: ${i * 10 + j}\n`;
  const comments = readData(memorySource(files)).comments as Record<string, Record<string, { n: number }>>;
  expect(Object.keys(comments)).toHaveLength(1000);
  expect(Object.keys(comments.p999!)).toEqual(['c0', 'c1', 'c2']);
  expect(comments.p123!.c2!.n).toBe(1232);
});

// DataReader#read_data_to keeps every folder Dir["*"] lists, files in it or not: an empty one is
// `{}` (Jekyll 4.3.1: `site.data.empty | jsonify` is {}, `site.data | jsonify` lists it). Git
// keeps no empty folder, so these are made here: a memory source's `dir/` key, a temp dir on disk.
test('an empty folder (or one holding only empty folders) is an empty hash, in its place among the folders', () => {
  const source = memorySource({ '_data/top.yml': 'k: v\n', '_data/full/x.yml': 'a: 1\n', '_data/empty/': '', '_data/e2/deeper/x/': '', '_data/.dot/': '' });
  const data = readData(source);
  expect(Object.keys(data)).toEqual(['top', 'e2', 'empty', 'full']);
  expect(data.empty).toEqual({});
  expect(data.e2).toEqual({ deeper: { x: {} } });
});

test('on disk: the walk notes the folders it found no file in', () => {
  const root = mkdtempSync(join(tmpdir(), 'kyll-empty-data-'));
  try {
    mkdirSync(join(root, '_data/empty/inner'), { recursive: true });
    mkdirSync(join(root, '_data/full'), { recursive: true });
    writeFileSync(join(root, '_data/full/x.yml'), 'a: 1\n');
    const source = fsSource(root);
    expect(source.emptyFolders?.()).toEqual(['_data/empty', '_data/empty/inner']);
    expect(readData(source)).toEqual({ empty: { inner: {} }, full: { x: { a: 1 } } });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
