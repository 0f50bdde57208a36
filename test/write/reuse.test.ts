// lib/write/reuse.ts and FilesWriter's `previous`: an output the current site
// already holds byte for byte is hard-linked from it instead of written; any
// other output is a new inode, so that nothing written into the staging
// folder ever reaches a file of the current site.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { holdsBytes, linkIfUnchanged, type LinkFs } from '../../lib/write/reuse.js';
import { FilesWriter, nodeFs, type WriteFs } from '../../lib/write/write-fs.js';

describe('reusing the current site’s files', () => {
  let dir: string;
  let prev: string;
  let staging: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-reuse-'));
    prev = path.join(dir, '_site');
    staging = path.join(dir, '._site.kyll-new-1-a');
    fs.mkdirSync(path.join(prev, 'a'), { recursive: true });
    fs.mkdirSync(staging);
    fs.writeFileSync(path.join(prev, 'a/same.html'), 'héllo');
    fs.writeFileSync(path.join(prev, 'a/changed.html'), 'old text');
    fs.writeFileSync(path.join(prev, 'a/same-size.html'), 'abcde');
    fs.writeFileSync(path.join(prev, 'img.bin'), Buffer.from([0, 255, 7]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const ino = (p: string): number => fs.statSync(p).ino;
  const writer = (options: { linkFs?: LinkFs; made?: string[] } = {}, wfs: WriteFs = nodeFs): FilesWriter =>
    new FilesWriter(wfs, staging, prev, { previous: prev, ...options });

  test('an unchanged output is a link to the current site’s file; a changed one, a new file', () => {
    const w = writer();
    w.writeAt('a/same.html', { contents: 'héllo' });
    w.writeAt('img.bin', { contents: new Uint8Array([0, 255, 7]) });
    w.writeAt('a/changed.html', { contents: 'new text, longer' });
    w.writeAt('a/same-size.html', { contents: 'abcdX' });
    w.writeAt('a/new.html', { contents: 'brand new' });
    expect(w.written).toBe(5);
    expect(w.linked).toBe(2);
    expect(ino(path.join(staging, 'a/same.html'))).toBe(ino(path.join(prev, 'a/same.html')));
    expect(ino(path.join(staging, 'img.bin'))).toBe(ino(path.join(prev, 'img.bin')));
    for (const rel of ['a/changed.html', 'a/same-size.html']) expect(ino(path.join(staging, rel))).not.toBe(ino(path.join(prev, rel)));
    expect(fs.readFileSync(path.join(staging, 'a/same-size.html'), 'utf8')).toBe('abcdX');
    expect(fs.readFileSync(path.join(staging, 'a/new.html'), 'utf8')).toBe('brand new');
    // The current site is as it was.
    expect(fs.readFileSync(path.join(prev, 'a/changed.html'), 'utf8')).toBe('old text');
    expect(fs.readFileSync(path.join(prev, 'a/same-size.html'), 'utf8')).toBe('abcde');
  });

  test('a second output at a linked path replaces the link: the current site’s file is never written into', () => {
    const w = writer();
    w.writeAt('a/same.html', { contents: 'héllo' });
    // Two outputs at one path: the later one wins on disk (Jekyll's order).
    w.writeAt('a/same.html', { contents: 'the later output' });
    expect(fs.readFileSync(path.join(staging, 'a/same.html'), 'utf8')).toBe('the later output');
    expect(fs.readFileSync(path.join(prev, 'a/same.html'), 'utf8')).toBe('héllo');
    expect(fs.statSync(path.join(prev, 'a/same.html')).nlink).toBe(1);
  });

  test('a symbolic link in the current site is never taken for its target', () => {
    fs.writeFileSync(path.join(dir, 'outside.html'), 'héllo');
    fs.symlinkSync(path.join(dir, 'outside.html'), path.join(prev, 'linked.html'));
    expect(holdsBytes(fs, path.join(prev, 'linked.html'), Buffer.from('héllo'))).toBe(false);
    const w = writer();
    w.writeAt('linked.html', { contents: 'héllo' });
    expect(w.linked).toBe(0);
    expect(fs.lstatSync(path.join(staging, 'linked.html')).isFile()).toBe(true);
    expect(fs.statSync(path.join(dir, 'outside.html')).nlink).toBe(1);
  });

  test('a refused link (EPERM, EMLINK) falls back to writing the file', () => {
    const refusing: LinkFs = {
      ...fs,
      linkSync: () => {
        throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
      },
    };
    expect(linkIfUnchanged(refusing, path.join(prev, 'a/same.html'), path.join(staging, 'x.html'), 'héllo')).toBe(false);
    expect(fs.existsSync(path.join(staging, 'x.html'))).toBe(false);
    const w = writer({ linkFs: refusing });
    w.writeAt('a/same.html', { contents: 'héllo' });
    expect(w.linked).toBe(0);
    expect(fs.readFileSync(path.join(staging, 'a/same.html'), 'utf8')).toBe('héllo');
    expect(ino(path.join(staging, 'a/same.html'))).not.toBe(ino(path.join(prev, 'a/same.html')));
  });

  test('folders given as made are not made again', () => {
    const made: string[] = [];
    const counting: WriteFs = { ...nodeFs, mkdirSync: ((p: fs.PathLike, o?: fs.MakeDirectoryOptions) => (made.push(String(p)), fs.mkdirSync(p, o))) as WriteFs['mkdirSync'] };
    fs.mkdirSync(path.join(staging, 'a/b'), { recursive: true });
    const w = writer({ made: [path.join(staging, 'a'), path.join(staging, 'a/b')] }, counting);
    w.writeAt('a/b/c/x.html', { contents: 'x' });
    w.writeAt('a/b/y.html', { contents: 'y' });
    expect(made).toEqual([path.join(staging, 'a/b/c')]);
    expect(w.folders).toEqual(expect.arrayContaining([path.join(staging, 'a/b/c')]));
  });
});
