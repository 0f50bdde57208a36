// writeFilesUnder makes each missing folder with one mkdir, and keeps mkdir -p's
// behaviour where a folder is already there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFilesUnder, type WriteFs } from '../../lib/write/write-fs.js';
import type { OutputFile } from '../../lib/types.js';

const file = (p: string, text = 'x'): OutputFile => ({ path: p, url: `/${p}`, size: text.length, contents: text });

describe('writeFilesUnder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-write-fs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const counting = (): { wfs: WriteFs; calls: string[] } => {
    const calls: string[] = [];
    const wfs: WriteFs = {
      ...fs,
      mkdirSync: ((p: fs.PathLike, o?: fs.MakeDirectoryOptions) => {
        calls.push(`${path.relative(dir, String(p))}${o?.recursive ? ' -p' : ''}`);
        return fs.mkdirSync(p, o);
      }) as WriteFs['mkdirSync'],
    };
    return { wfs, calls };
  };

  test('one mkdir per new folder, parents first', () => {
    const { wfs, calls } = counting();
    const files = [file('a/2015/01/04/x.html'), file('a/2015/01/04/y.html'), file('a/2015/01/05/z.html'), file('b/index.html'), file('top.html')];
    expect(writeFilesUnder(wfs, dir, dir, files)).toBe(5);
    expect(calls).toEqual(['a', 'a/2015', 'a/2015/01', 'a/2015/01/04', 'a/2015/01/05', 'b']);
    expect(fs.readFileSync(path.join(dir, 'a/2015/01/05/z.html'), 'utf8')).toBe('x');
  });

  test('a folder already there (writing in place) is kept', () => {
    fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a/b/old.html'), 'old');
    const { wfs } = counting();
    writeFilesUnder(wfs, dir, dir, [file('a/b/new.html')]);
    expect(fs.readdirSync(path.join(dir, 'a/b')).sort()).toEqual(['new.html', 'old.html']);
  });

  test('a file in the way of a folder fails as mkdir -p does', () => {
    fs.writeFileSync(path.join(dir, 'a'), 'file');
    const { wfs } = counting();
    expect(() => writeFilesUnder(wfs, dir, dir, [file('a/b.html')])).toThrow(/^a\/b\.html: .*EEXIST/);
  });
});
