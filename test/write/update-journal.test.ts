// An update of a served site goes in all at once or not at all (lib/write/update-journal.ts):
// a file that cannot be put in place leaves every other file as it was, and the error names it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KyllError } from '../../lib/errors/kyll-error.js';
import { writeChanges } from '../../lib/write/changes.js';
import { applyUpdate, UpdateError, type JournalFs } from '../../lib/write/update-journal.js';
import type { OutputFile } from '../../lib/types.js';

let dest: string;
beforeEach(() => {
  dest = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-journal-'));
  for (const [rel, text] of Object.entries({ 'a.html': 'old a', 'b.html': 'old b', 'gone/c.html': 'old c', 'keep.txt': 'kept' })) {
    fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
    fs.writeFileSync(path.join(dest, rel), text);
  }
});
afterEach(() => fs.rmSync(dest, { recursive: true, force: true }));

/** Every file and folder under `dest`, with each file's text. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dest, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    const abs = path.join(e.parentPath ?? (e as { path: string }).path, e.name);
    out[path.relative(dest, abs)] = e.isDirectory() ? '(folder)' : fs.readFileSync(abs, 'utf8');
  }
  return out;
}

const file = (p: string, contents: string): OutputFile => ({ path: p, url: `/${p}`, contents, size: contents.length });

test('an update writes, replaces and removes, leaving no file of its own', () => {
  writeChanges(dest, [file('a.html', 'new a'), file('new/d/e.html', 'e')], ['gone/c.html']);
  expect(snapshot()).toEqual({ 'a.html': 'new a', 'b.html': 'old b', 'keep.txt': 'kept', new: '(folder)', 'new/d': '(folder)', 'new/d/e.html': 'e' });
});

test('the last file takes its place with no copy of the old one kept (one file saved: a write and a rename)', () => {
  const calls: string[] = [];
  const counted = (name: 'linkSync' | 'copyFileSync' | 'rmSync' | 'renameSync') => ((...a: unknown[]) => (calls.push(name), (fs[name] as (...b: unknown[]) => unknown)(...a))) as never;
  const jfs: JournalFs = { ...fs, linkSync: counted('linkSync'), copyFileSync: counted('copyFileSync'), rmSync: counted('rmSync'), renameSync: counted('renameSync') };
  applyUpdate(dest, [{ rel: 'a.html', contents: 'new a' }], [], jfs);
  expect(calls).toEqual(['renameSync']);
  expect(snapshot()).toEqual({ 'a.html': 'new a', 'b.html': 'old b', gone: '(folder)', 'gone/c.html': 'old c', 'keep.txt': 'kept' });
  // two files: the first one's old file is kept until the second is in, then goes
  calls.length = 0;
  applyUpdate(dest, [{ rel: 'a.html', contents: 'newer a' }, { rel: 'b.html', contents: 'new b' }], [], jfs);
  expect(calls).toEqual(['linkSync', 'renameSync', 'renameSync', 'rmSync']);
  expect(snapshot()).toEqual({ 'a.html': 'newer a', 'b.html': 'new b', gone: '(folder)', 'gone/c.html': 'old c', 'keep.txt': 'kept' });
});

test('a folder in the way of the only file: nothing written, and the error names the file', () => {
  fs.rmSync(path.join(dest, 'b.html'));
  fs.mkdirSync(path.join(dest, 'b.html'));
  fs.writeFileSync(path.join(dest, 'b.html', 'index.html'), 'inside');
  const before = snapshot();
  expect(() => writeChanges(dest, [file('b.html', 'new b')], [])).toThrow(/^Could not update the site in .*: b\.html: a folder is in the way of the file .*b\.html; the destination was left as it was\.$/);
  expect(snapshot()).toEqual(before);
});

test('a folder in the way of one file: nothing of the update is written, and the error names the file', () => {
  fs.rmSync(path.join(dest, 'b.html'));
  fs.mkdirSync(path.join(dest, 'b.html'));
  fs.writeFileSync(path.join(dest, 'b.html', 'index.html'), 'inside');
  const before = snapshot();
  let error: unknown;
  try {
    writeChanges(dest, [file('a.html', 'new a'), file('x/y.html', 'y'), file('b.html', 'new b'), file('z.html', 'z')], ['gone/c.html']);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(KyllError);
  expect((error as KyllError).code).toBe('WRITE_ERROR');
  expect((error as Error).message).toMatch(/^Could not update the site in .*: b\.html: .*the destination was left as it was\.$/);
  expect(snapshot()).toEqual(before);
});

test('an output whose folder the update empties takes the folder\'s place (a permalink `/b.html/` now `/b.html`)', () => {
  fs.rmSync(path.join(dest, 'b.html'));
  fs.mkdirSync(path.join(dest, 'b.html', 'deep'), { recursive: true });
  fs.writeFileSync(path.join(dest, 'b.html', 'index.html'), 'inside');
  fs.writeFileSync(path.join(dest, 'b.html', 'deep', 'x.css'), 'x');
  writeChanges(dest, [file('b.html', 'file b')], ['b.html/index.html', 'b.html/deep/x.css']);
  expect(snapshot()).toEqual({ 'a.html': 'old a', 'b.html': 'file b', gone: '(folder)', 'gone/c.html': 'old c', 'keep.txt': 'kept' });
});

test('that folder comes back whole when a later file fails', () => {
  fs.rmSync(path.join(dest, 'b.html'));
  fs.mkdirSync(path.join(dest, 'b.html'));
  fs.writeFileSync(path.join(dest, 'b.html', 'index.html'), 'inside');
  fs.mkdirSync(path.join(dest, 'z.html'));
  fs.writeFileSync(path.join(dest, 'z.html', 'other.txt'), 'not removed');
  const before = snapshot();
  expect(() => writeChanges(dest, [file('b.html', 'file b'), file('z.html', 'z')], ['b.html/index.html'])).toThrow(/z\.html: .*folder is in the way/);
  expect(snapshot()).toEqual(before);
});

test('a rename refused (EACCES) after others went in: those are put back', () => {
  const before = snapshot();
  let renames = 0;
  const jfs: JournalFs = {
    ...fs,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      // The third rename: after a.html's removal step and a.html's new file went in.
      if (++renames === 3) throw Object.assign(new Error(`EACCES: permission denied, rename '${String(from)}' -> '${String(to)}'`), { code: 'EACCES' });
      fs.renameSync(from, to);
    },
  };
  expect(() => applyUpdate(dest, [{ rel: 'a.html', contents: 'new a' }, { rel: 'b.html', contents: 'new b' }], ['gone/c.html'], jfs)).toThrow(UpdateError);
  // Three forward, then two back: a.html's old file over its new one, gone/c.html to its place.
  expect(renames).toBe(5);
  expect(snapshot()).toEqual(before);
  const refused: JournalFs = { ...fs, renameSync: () => { throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }); } };
  expect(() => applyUpdate(dest, [{ rel: 'a.html', contents: 'new a' }, { rel: 'b.html', contents: 'new b' }], [], refused)).toThrow(
    new UpdateError('a.html: EACCES: permission denied; the destination was left as it was', undefined, []),
  );
  expect(snapshot()).toEqual(before);
});

test('a write that created its file before running out of room (ENOSPC): that file goes too', () => {
  const before = snapshot();
  const jfs: JournalFs = {
    ...fs,
    writeFileSync: ((p: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, o?: fs.WriteFileOptions) => {
      if (String(p).includes('b.html')) {
        fs.writeFileSync(p, '', o); // what a real ENOSPC leaves: the file made, no byte in it
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      fs.writeFileSync(p, data, o);
    }) as typeof fs.writeFileSync,
  };
  expect(() => applyUpdate(dest, [{ rel: 'a.html', contents: 'new a' }, { rel: 'b.html', contents: 'new b' }], [], jfs)).toThrow(/^b\.html: ENOSPC/);
  expect(snapshot()).toEqual(before);
});

test('a write refused half way (ENOSPC): the temporary files and new folders go', () => {
  const before = snapshot();
  let writes = 0;
  const jfs: JournalFs = {
    ...fs,
    writeFileSync: ((p: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, o?: fs.WriteFileOptions) => {
      if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      fs.writeFileSync(p, data, o);
    }) as typeof fs.writeFileSync,
  };
  expect(() => applyUpdate(dest, [{ rel: 'a.html', contents: 'new a' }, { rel: 'deep/er/f.html', contents: 'f' }], ['gone/c.html'], jfs)).toThrow(/^deep\/er\/f\.html: ENOSPC/);
  expect(snapshot()).toEqual(before);
});

// kyll serve / build --watch after a folder of the destination was replaced by a link out of it
// (`_site/assets -> /srv/assets`): Jekyll 4.3.1's rebuild writes through the link and replaces the
// files of the folder it points to. An update never writes outside the destination: the link steps
// aside and goes, a folder takes its place, as in the folder a clean kyll build swaps in.
describe('a link where an output\'s folder goes', () => {
  let outside: string;
  beforeEach(() => {
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-journal-outside-'));
    fs.mkdirSync(path.join(outside, 'deep'));
    fs.writeFileSync(path.join(outside, 'x.css'), 'precious');
    fs.writeFileSync(path.join(outside, 'deep', 'e.html'), 'precious too');
  });
  afterEach(() => fs.rmSync(outside, { recursive: true, force: true }));
  const outsideNow = (): Record<string, string> => ({ x: fs.readFileSync(path.join(outside, 'x.css'), 'utf8'), e: fs.readFileSync(path.join(outside, 'deep', 'e.html'), 'utf8'), names: fs.readdirSync(outside).sort().join(',') });

  test.each([
    ['the output\'s own folder', 'assets', 'assets/x.css'],
    ['a folder above it', 'new', 'new/deep/e.html'],
  ])('%s is a link: nothing written through it, a folder in its place', (_name, link, out) => {
    fs.symlinkSync(outside, path.join(dest, link));
    const before = outsideNow();
    writeChanges(dest, [file(out, 'new'), file('a.html', 'new a')], []);
    expect(outsideNow()).toEqual(before);
    expect(fs.lstatSync(path.join(dest, link)).isDirectory()).toBe(true);
    expect(fs.readFileSync(path.join(dest, out), 'utf8')).toBe('new');
    expect(fs.readdirSync(dest).filter((n) => n.includes('.kyll-'))).toEqual([]);
  });

  test('a later failure puts the link back as it was', () => {
    fs.symlinkSync(outside, path.join(dest, 'assets'));
    fs.rmSync(path.join(dest, 'b.html'));
    fs.mkdirSync(path.join(dest, 'b.html'));
    fs.writeFileSync(path.join(dest, 'b.html', 'inside'), 'x');
    const before = outsideNow();
    expect(() => writeChanges(dest, [file('assets/x.css', 'new'), file('b.html', 'new b')], [])).toThrow(KyllError);
    expect(outsideNow()).toEqual(before);
    expect(fs.readlinkSync(path.join(dest, 'assets'))).toBe(outside);
    expect(fs.readdirSync(dest).filter((n) => n.includes('.kyll-'))).toEqual([]);
  });
});
