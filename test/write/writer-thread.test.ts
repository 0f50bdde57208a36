// The writer thread (lib/write/write-queue.ts): outputs are written off the
// rendering thread, and every rule of openSiteWriter still holds: a file read
// back waits for its write, a failure names the file and leaves the
// destination as it was with no staging folder behind, abort stops the
// writing before removing the folder. The thread is a compiled .js file:
// these tests load the compiled package (dist/, built by `npm test`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { jest } from '@jest/globals';
import type { OutputFile } from '../../lib/types.js';

const DIST = path.resolve('dist', 'write', 'site-writer.js');
type Api = typeof import('../../lib/write/site-writer.js');
type Written = typeof import('../../lib/write/written-output.js');

const file = (p: string, contents: string | Uint8Array): OutputFile => ({ path: p, url: `/${p}`, size: contents.length, contents });
const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('the writer thread', () => {
  // Each test starts a thread and writes hundreds of files: on a loaded two-core
  // machine that outlasts jest's 5 s default.
  jest.setTimeout(60_000);
  let api: Api;
  let written: Written;
  let dir: string;
  let dest: string;
  beforeAll(async () => {
    api = (await import(pathToFileURL(DIST).href)) as Api;
    written = (await import(pathToFileURL(path.resolve('dist', 'write', 'written-output.js')).href)) as Written;
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-writer-thread-'));
    dest = path.join(dir, '_site');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'old.html'), 'old');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Every file of a folder, relative path → bytes. */
  const tree = (root: string): Map<string, string> => {
    const out = new Map<string, string>();
    for (const e of fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
      const abs = path.join(e.parentPath ?? (e as { path: string }).path, e.name);
      if (e.isFile()) out.set(path.relative(root, abs), fs.readFileSync(abs, 'hex'));
    }
    return out;
  };

  test('the files written by the thread are those written on this thread, byte for byte; each reads back at once, waiting for its write', async () => {
    const files = Array.from({ length: 300 }, (_, i) => file(`${i % 7}/${i % 13}/p${i}/index.html`, `Post ${i} é ${'x'.repeat(i * 37)}`));
    files.push(file('assets/img.bin', new Uint8Array([0, 255, 1, 254])));
    // The thread encodes through one kept buffer that grows (CJK is 3 bytes a unit, an emoji 4 for
    // its pair) and gives outputs too large for it a buffer of their own.
    for (const [name, n] of [['grows', 400_000], ['own-buffer', 3_000_000], ['after', 10]] as const) files.push(file(`big/${name}.html`, `${'中文 é'.repeat(n / 4)}😀${name}`));
    const written = new Map<string, Map<string, string>>();
    for (const threadAfter of [Infinity, 0, 100]) {
      const d = path.join(dir, `out-${threadAfter}`);
      const w = api.openSiteWriter(d, { threadAfter });
      // Read back right after each write: the read waits for the thread's write.
      for (const f of files) expect(w.write(f).contents).toEqual(f.contents);
      await w.finish([]);
      written.set(String(threadAfter), tree(d));
    }
    expect(written.get('Infinity')!.size).toBe(files.length);
    expect(written.get('0')).toEqual(written.get('Infinity'));
    expect(written.get('100')).toEqual(written.get('Infinity'));
    expect(fs.readdirSync(dir).sort()).toEqual(['_site', 'out-0', 'out-100', 'out-Infinity']);
  });

  test('a copied static file is copied by whichever thread writes it, its bytes read by no one, with the source permissions and time, and reads back as its bytes', async () => {
    const copied = (await import(pathToFileURL(path.resolve('dist', 'write', 'copied-file.js')).href)) as typeof import('../../lib/write/copied-file.js');
    const src = path.join(dir, 'src');
    fs.mkdirSync(src);
    const bytes = Array.from({ length: 40 }, (_, i) => new Uint8Array(Array.from({ length: 1000 + i }, (_, j) => (i * 7 + j) % 256)));
    bytes.forEach((b, i) => {
      fs.writeFileSync(path.join(src, `img${i}.bin`), b);
      fs.chmodSync(path.join(src, `img${i}.bin`), i % 2 ? 0o755 : 0o640);
      fs.utimesSync(path.join(src, `img${i}.bin`), 1_600_000_000.75, 1_600_000_000.75 + i);
    });
    for (const threadAfter of [Infinity, 0, 10]) {
      const d = path.join(dir, `copy-${threadAfter}`);
      const w = api.openSiteWriter(d, { threadAfter });
      let reads = 0;
      const outs = bytes.map((_, i) => {
        const from = path.join(src, `img${i}.bin`);
        const f = copied.copiedFile(`assets/img${i}.bin`, `/assets/img${i}.bin`, from, () => (reads++, new Uint8Array(fs.readFileSync(from))));
        expect(copied.copiedFrom(f)).toBe(from);
        return w.write(f);
      });
      await w.finish([]);
      // Copied in the kernel, by this thread (Infinity) or the writer's: nothing reads the bytes to write them.
      expect(reads).toBe(0);
      outs.forEach((o, i) => {
        const out = path.join(d, 'assets', `img${i}.bin`);
        expect(new Uint8Array(fs.readFileSync(out))).toEqual(bytes[i]);
        // Jekyll's StaticFile#copy_file: the source's mode less the umask, File.utime to its mtime.to_i.
        expect(fs.statSync(out).mode & 0o7777).toBe((i % 2 ? 0o755 : 0o640) & ~process.umask());
        expect(fs.statSync(out).mtimeMs).toBe((1_600_000_000 + i) * 1000);
        expect(o.size).toBe(bytes[i]!.length);
        expect(o.contents).toEqual(bytes[i]);
      });
    }
  });

  test('a symlinked static file is written as a link by the thread', async () => {
    const w = api.openSiteWriter(dest, { threadAfter: 0 });
    w.write({ ...file('link.txt', new Uint8Array([1])), symlink: 'target.txt' });
    await w.finish([]);
    expect(fs.readlinkSync(path.join(dest, 'link.txt'))).toBe('target.txt');
  });

  // A file where a folder must go (EEXIST from its mkdir), a name too long (ENAMETOOLONG): real failures, even as root.
  test.each([
    ['EEXIST', [file('x', 'a file'), file('x/y.html', 'inside a file')], 'x/y.html'],
    ['ENAMETOOLONG', [file('ok.html', 'ok'), file(`${'n'.repeat(300)}.html`, 'long')], `${'n'.repeat(300)}.html`],
  ])('a write the thread fails (%s): WRITE_ERROR naming the file, at finish; abort leaves the destination and no staging folder', async (code, failing, name) => {
    const w = api.openSiteWriter(dest, { threadAfter: 0 });
    for (const f of failing) w.write(f);
    let error: unknown;
    try {
      await w.finish([]);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'WRITE_ERROR', message: expect.stringContaining(`: ${name}: ${code}`) });
    expect((error as Error).message).toMatch(/; the destination was left as it was\.$/);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe(code);
    await w.abort();
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    expect(fs.readdirSync(dest)).toEqual(['old.html']);
  });

  test('a failure is reported by the next write, and by reading back the file that failed', async () => {
    const w = api.openSiteWriter(dest, { threadAfter: 0 });
    w.write(file('x', 'a file'));
    const failed = w.write(file('x/y.html', 'inside a file'));
    expect(() => failed.contents).toThrow(/x\/y\.html: EEXIST/);
    expect(() => w.write(file('z.html', 'later'))).toThrow(/^Could not write the site to .*: x\/y\.html: EEXIST: .*; the destination was left as it was\.$/);
    await w.abort();
    expect(fs.readdirSync(dir)).toEqual(['_site']);
  });

  // render-site.ts places a write failure at the source of the output being written (atSourceFile):
  // the thread's failure of an earlier file, seen at a later write, is not that source's
  // (a full disk: "at _posts/p46.md" for p33.html's ENOSPC), and stays unplaced; its message names the file.
  test('a failure seen at a later write is not placed at the later file\'s source; one of the file written is', async () => {
    const { atSourceFile } = (await import(pathToFileURL(path.resolve('dist', 'errors', 'kyll-error.js')).href)) as typeof import('../../lib/errors/kyll-error.js');
    const caught = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const threaded = api.openSiteWriter(dest, { threadAfter: 0 });
    threaded.write(file('x', 'a file'));
    const failed = threaded.write(file('x/y.html', 'inside a file'));
    expect(() => failed.contents).toThrow(/x\/y\.html: EEXIST/);
    const later = atSourceFile(caught(() => threaded.write(file('z.html', 'later'))), '_posts/z.md');
    expect(later).toMatchObject({ code: 'WRITE_ERROR', message: expect.stringContaining(': x/y.html: EEXIST') });
    expect((later as { file?: string }).file).toBeUndefined();
    await threaded.abort();
    const inline = api.openSiteWriter(dest, { threadAfter: Infinity });
    inline.write(file('x', 'a file'));
    const own = atSourceFile(caught(() => inline.write(file('x/y.html', 'inside a file'))), '_posts/y.md');
    expect(own).toMatchObject({ code: 'WRITE_ERROR', file: '_posts/y.md', message: expect.stringContaining(': x/y.html: ') });
    await inline.abort();
    expect(fs.readdirSync(dir)).toEqual(['_site']);
  });

  test('abort while files are still being written: nothing is written after it, no staging folder is left', async () => {
    const w = api.openSiteWriter(dest, { threadAfter: 0 });
    for (let i = 0; i < 2000; i++) w.write(file(`a${i % 50}/b${i}/index.html`, `page ${i}`));
    await w.abort();
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    // Still nothing later (the thread stopped, it does not recreate the folder).
    await new Promise((r) => setTimeout(r, 100));
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    expect(fs.readdirSync(dest)).toEqual(['old.html']);
  });

  test('over an existing site, the thread links the outputs it holds unchanged and writes the others as new files; abort leaves it as it was', async () => {
    for (let i = 0; i < 100; i++) {
      fs.mkdirSync(path.join(dest, `p${i}`));
      fs.writeFileSync(path.join(dest, `p${i}/index.html`), `page ${i}`);
    }
    const inode = (p: string): number => fs.statSync(path.join(dest, p)).ino;
    const before = new Map(Array.from({ length: 100 }, (_, i) => [i, inode(`p${i}/index.html`)]));
    // Pages 0-49 unchanged, 50-99 changed; the first 10 on this thread, the rest on the writer thread.
    const pages = Array.from({ length: 100 }, (_, i) => file(`p${i}/index.html`, i < 50 ? `page ${i}` : `page ${i}, edited`));
    const aborted = api.openSiteWriter(dest, { threadAfter: 10 });
    for (const f of pages) aborted.write(f);
    await aborted.abort();
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    for (let i = 0; i < 100; i++) {
      expect(fs.readFileSync(path.join(dest, `p${i}/index.html`), 'utf8')).toBe(`page ${i}`);
      expect(fs.statSync(path.join(dest, `p${i}/index.html`)).nlink).toBe(1);
    }
    const w = api.openSiteWriter(dest, { threadAfter: 10, removePrevious: 'background' });
    for (const f of pages) w.write(f);
    const report = await w.finish([]);
    for (let i = 0; i < 100; i++) {
      expect(fs.readFileSync(path.join(dest, `p${i}/index.html`), 'utf8')).toBe(pages[i]!.contents);
      if (i < 50) expect(inode(`p${i}/index.html`)).toBe(before.get(i));
      else expect(inode(`p${i}/index.html`)).not.toBe(before.get(i));
    }
    // The previous site goes without blocking finish; once `removed` settles, nothing of it is left.
    expect(report.removed).toBeInstanceOf(Promise);
    await report.removed;
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    expect(fs.statSync(path.join(dest, 'p0/index.html')).nlink).toBe(1);
  });

  test('the swap waits for every write: the destination then holds all of them', async () => {
    const w = api.openSiteWriter(dest, { threadAfter: 0 });
    for (let i = 0; i < 500; i++) w.write(file(`p${i}/index.html`, `page ${i}`));
    await w.finish([]);
    expect(fs.readdirSync(dest).length).toBe(500);
    expect(fs.readFileSync(path.join(dest, 'p499/index.html'), 'utf8')).toBe('page 499');
    expect(fs.readdirSync(dir)).toEqual(['_site']);
  });

  test('files go to the thread in batches (one message and one wake-up per batch, not per file), all written, in order', async () => {
    const posts = jest.spyOn(Worker.prototype, 'postMessage');
    try {
      const w = api.openSiteWriter(dest, { threadAfter: 0 });
      // The same path twice: the later output wins, as the order of the writes says.
      for (let i = 0; i < 320; i++) w.write(file(`p${i % 300}/index.html`, `page ${i}`));
      await w.finish([]);
      // 320 files, 16 to a batch: 20 batches, and the flush that finish asks for.
      expect(posts.mock.calls.length).toBeLessThanOrEqual(22);
      expect(fs.readdirSync(dest).length).toBe(300);
      expect(fs.readFileSync(path.join(dest, 'p5/index.html'), 'utf8')).toBe('page 305');
      expect(fs.readFileSync(path.join(dest, 'p299/index.html'), 'utf8')).toBe('page 299');
    } finally {
      posts.mockRestore();
    }
  });

  test('asked to, the thread notes each file as lstat finds it once in place, and each folder it wrote into; carried kept files void the folders', async () => {
    for (const keep of [[], ['kept']]) {
      fs.mkdirSync(path.join(dest, 'kept'), { recursive: true });
      fs.writeFileSync(path.join(dest, 'kept/k.txt'), 'kept');
      const w = api.openSiteWriter(dest, { threadAfter: 5, recordStats: true });
      const outs = Array.from({ length: 60 }, (_, i) => w.write(file(`y${i % 3}/m${i % 5}/p${i}.html`, `page ${i}${'!'.repeat(i)}`)));
      await w.finish(keep);
      const folders = written.writtenFolderTimes(outs)!;
      // The first five were written on this thread: not noted.
      expect(outs.slice(0, 5).map((o) => written.writtenStat(o))).toEqual([undefined, undefined, undefined, undefined, undefined]);
      for (const o of outs.slice(5)) {
        const st = fs.lstatSync(path.join(dest, o.path));
        expect(written.writtenStat(o)).toEqual([st.size, st.mtimeMs]);
      }
      expect(fs.existsSync(path.join(dest, 'kept/k.txt'))).toBe(keep.length > 0);
      if (keep.length) expect(folders.size).toBe(0);
      else {
        expect([...folders.keys()].sort()).toEqual(expect.arrayContaining(['y0', 'y0/m0', 'y2/m4']));
        for (const [d, time] of folders) expect(fs.lstatSync(path.join(dest, d)).mtimeMs).toBe(time);
      }
    }
    // Not asked for: nothing noted.
    const w = api.openSiteWriter(dest, { threadAfter: 0 });
    const out = w.write(file('a/b.html', 'b'));
    await w.finish([]);
    expect(written.writtenStat(out)).toBeUndefined();
  });
});
