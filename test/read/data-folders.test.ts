// _data read folder by folder (read/data.ts): each folder's files are handed down to it, grouped
// once, so that a _data of thousands of folders (Staticman's comments, one folder per post) is
// read in time linear in its files. The tree must be the one DataReader#read_data_to builds.
import { readData } from '../../lib/read/data.js';
import { memorySource } from '../../lib/source/memory-source.js';

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
