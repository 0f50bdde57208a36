// An output written to disk reads its contents back when asked, and otherwise
// behaves as a plain OutputFile: own enumerable keys, spread and JSON included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isTextOutput, knownSize, writtenOutput } from '../../lib/write/written-output.js';

describe('writtenOutput', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-written-'));
    fs.writeFileSync(path.join(dir, 'a.html'), 'héllo');
    fs.writeFileSync(path.join(dir, 'b.png'), Buffer.from([1, 2, 3]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('contents are read from the folder each time; keys, spread and JSON are those of a plain file', () => {
    let folder = dir;
    const text = writtenOutput({ path: 'a.html', url: '/a.html', size: 6, text: true }, () => folder);
    const bytes = writtenOutput({ path: 'b.png', url: '/b.png', size: 3, text: false, symlink: 'x.png' }, () => folder);
    expect(Object.keys(text)).toEqual(['path', 'url', 'size', 'contents']);
    expect(Object.keys(bytes)).toEqual(['path', 'url', 'size', 'symlink', 'contents']);
    expect(text.contents).toBe('héllo');
    expect(bytes.contents).toEqual(new Uint8Array([1, 2, 3]));
    expect({ ...text }.contents).toBe('héllo');
    expect(JSON.parse(JSON.stringify(text))).toEqual({ path: 'a.html', url: '/a.html', size: 6, contents: 'héllo' });
    expect([isTextOutput(text), isTextOutput(bytes), isTextOutput({ path: 'c', url: '/c', size: 1, contents: 'c' })]).toEqual([true, false, true]);
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-written-'));
    fs.writeFileSync(path.join(moved, 'a.html'), 'moved');
    folder = moved;
    expect(text.contents).toBe('moved');
    fs.rmSync(moved, { recursive: true, force: true });
  });

  test('a text written without its size is measured on disk when asked for, and only then', () => {
    let asked = 0;
    const text = writtenOutput({ path: 'a.html', url: '/a.html', text: true }, () => (asked++, dir));
    expect(knownSize(text)).toBeUndefined();
    expect(asked).toBe(0);
    expect(Object.keys(text)).toEqual(['path', 'url', 'size', 'contents']);
    expect(text.size).toBe(Buffer.byteLength('héllo'));
    expect(asked).toBe(1);
    expect(JSON.parse(JSON.stringify({ ...text }))).toEqual({ path: 'a.html', url: '/a.html', size: 6, contents: 'héllo' });
    expect(knownSize(writtenOutput({ path: 'a.html', url: '/a.html', size: 6, text: true }, () => dir))).toBe(6);
  });
});
