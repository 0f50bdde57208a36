// lib/write/static-copy.ts and the static-file side of reuse.ts: a static file's copy gets what
// Jekyll's StaticFile#copy_file gives it (FileUtils.cp: the source's mode less the umask;
// File.utime: the source's mtime in whole seconds), is made in the kernel, never written into an
// existing file, and a staging build links the current site's copy only when it is that copy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { holdsCopy, linkIfCopied } from '../../lib/write/reuse.js';
import { copyStatic, staticSource } from '../../lib/write/static-copy.js';
import { copiedFile } from '../../lib/write/copied-file.js';
import { FilesWriter, nodeFs } from '../../lib/write/write-fs.js';
import { writeInPlace } from '../../lib/write/in-place.js';

describe('copying a static file as Jekyll does', () => {
  let dir: string;
  let src: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-static-copy-'));
    src = path.join(dir, 'src');
    fs.mkdirSync(src);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  // A source file with these bytes, permissions and modification time (seconds, fractions kept).
  const source = (name: string, bytes: Buffer, mode: number, seconds: number): string => {
    const p = path.join(src, name);
    fs.writeFileSync(p, bytes);
    fs.chmodSync(p, mode);
    fs.utimesSync(p, seconds, seconds);
    return p;
  };
  const ino = (p: string): number => fs.statSync(p).ino;

  test('the copy has the source’s bytes, its mode less the umask and its time in whole seconds', () => {
    const from = source('run.sh', Buffer.from('#!/bin/sh\n'), 0o775, 1_577_934_245.9);
    const to = path.join(dir, 'run.sh');
    copyStatic(from, to);
    const st = fs.statSync(to);
    expect(fs.readFileSync(to, 'utf8')).toBe('#!/bin/sh\n');
    expect(st.mode & 0o7777).toBe(0o775 & ~process.umask());
    expect(st.mtimeMs).toBe(1_577_934_245_000);
    expect(st.atimeMs).toBe(1_577_934_245_000);
    expect(staticSource(from)).toEqual({ mode: 0o775 & ~process.umask(), seconds: 1_577_934_245, size: 10 });
  });

  test('a file already at the target is replaced by a new one, never written into (it may be the current site’s, linked)', () => {
    const from = source('a.png', Buffer.from('new bytes'), 0o644, 1_600_000_000);
    const current = path.join(dir, 'current.png');
    fs.writeFileSync(current, 'the current site');
    const to = path.join(dir, 'a.png');
    fs.linkSync(current, to);
    copyStatic(from, to);
    expect(fs.readFileSync(to, 'utf8')).toBe('new bytes');
    expect(fs.readFileSync(current, 'utf8')).toBe('the current site');
    expect(ino(to)).not.toBe(ino(current));
  });

  test('the current site’s file is taken as the copy only with the same size, time, mode and bytes (compared past the first slice)', () => {
    const big = Buffer.alloc(200_000, 7);
    const from = source('big.bin', big, 0o644, 1_600_000_000.5);
    const prev = path.join(dir, 'prev.bin');
    copyStatic(from, prev);
    const s = staticSource(from);
    expect(holdsCopy(fs, prev, from, s)).toBe(true);
    // One byte changed in the third 64 KiB slice, time and size kept.
    const changed = Buffer.from(big);
    changed[150_000] = 8;
    fs.writeFileSync(prev, changed);
    fs.utimesSync(prev, 1_600_000_000, 1_600_000_000);
    expect(holdsCopy(fs, prev, from, s)).toBe(false);
    // Same bytes, but another time (an older kyll wrote it at build time) or another mode.
    copyStatic(from, prev);
    fs.utimesSync(prev, 1_700_000_000, 1_700_000_000);
    expect(holdsCopy(fs, prev, from, s)).toBe(false);
    copyStatic(from, prev);
    fs.chmodSync(prev, 0o600);
    expect(holdsCopy(fs, prev, from, s)).toBe(false);
    // A link at the previous path is never followed.
    fs.rmSync(prev);
    fs.symlinkSync(from, prev);
    expect(holdsCopy(fs, prev, from, s)).toBe(false);
    expect(linkIfCopied(fs, prev, from, path.join(dir, 'linked.bin'), s)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'linked.bin'))).toBe(false);
  });

  test('a staging build links the current site’s copies it holds unchanged and copies the rest', () => {
    const prev = path.join(dir, '_site');
    const staging = path.join(dir, '._site.new');
    fs.mkdirSync(staging);
    const same = source('same.png', Buffer.from('same'), 0o644, 1_600_000_000);
    const touched = source('touched.png', Buffer.from('touched'), 0o644, 1_600_000_000);
    const first = new FilesWriter(nodeFs, prev, prev);
    fs.mkdirSync(prev);
    for (const [rel, from] of [['img/same.png', same], ['img/touched.png', touched]] as const) first.write(copiedFile(rel, `/${rel}`, from, () => fs.readFileSync(from)));
    // The source is saved again: same bytes, a later time (Jekyll gives the copy that time).
    fs.utimesSync(touched, 1_650_000_000, 1_650_000_000);
    const w = new FilesWriter(nodeFs, staging, prev, { previous: prev });
    for (const [rel, from] of [['img/same.png', same], ['img/touched.png', touched]] as const) w.write(copiedFile(rel, `/${rel}`, from, () => fs.readFileSync(from)));
    expect(w.linked).toBe(1);
    expect(ino(path.join(staging, 'img/same.png'))).toBe(ino(path.join(prev, 'img/same.png')));
    expect(ino(path.join(staging, 'img/touched.png'))).not.toBe(ino(path.join(prev, 'img/touched.png')));
    expect(fs.statSync(path.join(staging, 'img/touched.png')).mtimeMs).toBe(1_650_000_000_000);
    expect(fs.statSync(path.join(prev, 'img/touched.png')).mtimeMs).toBe(1_600_000_000_000);
  });

  test('writing in place keeps a copy that is unchanged and copies a changed one with Jekyll’s time', () => {
    const dest = path.join(dir, '_site');
    const same = source('same.png', Buffer.from('same'), 0o644, 1_600_000_000);
    const changed = source('changed.png', Buffer.from('old'), 0o644, 1_600_000_000);
    const files = () => [same, changed].map((from) => copiedFile(path.basename(from), `/${path.basename(from)}`, from, () => fs.readFileSync(from)));
    writeInPlace(nodeFs, dest, files(), []);
    const before = ino(path.join(dest, 'same.png'));
    fs.writeFileSync(changed, 'new bytes');
    fs.utimesSync(changed, 1_650_000_000, 1_650_000_000);
    writeInPlace(nodeFs, dest, files(), []);
    expect(ino(path.join(dest, 'same.png'))).toBe(before);
    expect(fs.readFileSync(path.join(dest, 'changed.png'), 'utf8')).toBe('new bytes');
    expect(fs.statSync(path.join(dest, 'changed.png')).mtimeMs).toBe(1_650_000_000_000);
  });
});
