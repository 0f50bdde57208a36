// openSiteWriter: outputs go into a staging folder as they come, the
// destination changes only at finish (a swap), abort leaves it as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KyllError } from '../../lib/errors/kyll-error.js';
import type { OutputFile } from '../../lib/types.js';
import { openSiteWriter } from '../../lib/write/site-writer.js';
import { nodeFs, type WriteFs } from '../../lib/write/write-fs.js';
import { isTextOutput } from '../../lib/write/written-output.js';

const file = (p: string, contents: string | Uint8Array): OutputFile => ({ path: p, url: `/${p}`, size: contents.length, contents });

describe('openSiteWriter', () => {
  let dir: string;
  let dest: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-writer-'));
    dest = path.join(dir, '_site');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'old.html'), 'old');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('each output is on disk once written, not in the destination before finish; the listed file reads it back', async () => {
    const w = openSiteWriter(dest);
    expect(w.staging).toBeDefined();
    const listed = w.write(file('a/b.html', 'héllo'));
    expect(fs.readFileSync(path.join(w.staging!, 'a/b.html'), 'utf8')).toBe('héllo');
    expect(fs.readdirSync(dest)).toEqual(['old.html']);
    // Not kept in memory: the file is read when asked for (while building: from the staging folder).
    expect(Object.getOwnPropertyDescriptor(listed, 'contents')?.get).toBeDefined();
    expect(listed.contents).toBe('héllo');
    const bytes = w.write(file('img.bin', new Uint8Array([0, 255])));
    expect(isTextOutput(listed)).toBe(true);
    expect(isTextOutput(bytes)).toBe(false);
    expect((await w.finish([])).mode).toBe('swap');
    expect(fs.readdirSync(dest).sort()).toEqual(['a', 'img.bin']);
    // After the swap, from the destination.
    fs.writeFileSync(path.join(dest, 'a/b.html'), 'changed');
    expect(listed.contents).toBe('changed');
    expect(bytes.contents).toEqual(new Uint8Array([0, 255]));
  });

  test('a file another thread wrote into the staging folder is listed and swapped in with the rest', async () => {
    const w = openSiteWriter(dest);
    fs.writeFileSync(path.join(w.staging!, 'p.html'), 'from a worker');
    const listed = w.written({ path: 'p.html', url: '/p.html', size: 13, text: true });
    await w.finish([]);
    expect(listed.contents).toBe('from a worker');
    expect(fs.readdirSync(dest)).toEqual(['p.html']);
  });

  test('abort: the staging folder goes, the destination stays as it was', async () => {
    const w = openSiteWriter(dest);
    w.write(file('index.html', 'new'));
    await w.abort();
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    expect(fs.readdirSync(dest)).toEqual(['old.html']);
  });

  test('a failed write is a WRITE_ERROR that says the destination was left as it was', async () => {
    const w = openSiteWriter(dest);
    w.write(file('x', 'a file'));
    let error: unknown;
    try {
      w.write(file('x/y.html', 'inside a file'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KyllError);
    expect(error).toMatchObject({ code: 'WRITE_ERROR', message: expect.stringMatching(/^Could not write the site to .*x\/y\.html: .*; the destination was left as it was\.$/) });
    await w.abort();
    expect(fs.readdirSync(dir)).toEqual(['_site']);
  });

  test('keep_files are carried over at finish', async () => {
    fs.mkdirSync(path.join(dest, '.git'));
    fs.writeFileSync(path.join(dest, '.git', 'HEAD'), 'ref');
    const w = openSiteWriter(dest);
    w.write(file('index.html', 'x'));
    await w.finish(['.git']);
    expect(fs.readFileSync(path.join(dest, '.git', 'HEAD'), 'utf8')).toBe('ref');
    expect(fs.existsSync(path.join(dest, 'old.html'))).toBe(false);
  });

  test('a swap refused at finish: the site is written in place from the staging folder, which then goes', async () => {
    // The staging folder cannot move in (renames inside the destination, as writing in place makes them, still work).
    const refusing: WriteFs = {
      ...nodeFs,
      renameSync: ((from: fs.PathLike, to: fs.PathLike) => {
        if (String(from).includes('.kyll-new-')) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
        nodeFs.renameSync(from, to);
      }) as WriteFs['renameSync'],
    };
    const w = openSiteWriter(dest, { fs: refusing });
    const listed = w.write(file('a/index.html', 'new'));
    const report = await w.finish([]);
    expect(report.mode).toBe('in-place');
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'WRITE_IN_PLACE' })]);
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    expect(fs.readdirSync(dest)).toEqual(['a']);
    expect(listed.contents).toBe('new');
  });

  test('a destination that cannot be swapped: outputs wait in memory, and finish is writeSite (its error for a file in the way)', async () => {
    fs.rmSync(dest, { recursive: true });
    fs.writeFileSync(dest, 'a file');
    const w = openSiteWriter(dest);
    expect(w.staging).toBeUndefined();
    const f = file('index.html', 'x');
    expect(w.write(f)).toBe(f);
    await expect(w.finish([])).rejects.toThrow(/it is a file, not a folder; it was left as it was/);
    expect(fs.readdirSync(dir)).toEqual(['_site']);
  });

  test('a staging folder that cannot be made: in memory until finish, then written in place with a warning', async () => {
    const noStaging: WriteFs = {
      ...nodeFs,
      mkdirSync: ((p: fs.PathLike, o?: fs.MakeDirectoryOptions) => {
        if (String(p).includes('.kyll-new-')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return nodeFs.mkdirSync(p, o);
      }) as WriteFs['mkdirSync'],
    };
    const w = openSiteWriter(dest, { fs: noStaging });
    expect(w.staging).toBeUndefined();
    w.write(file('index.html', 'x'));
    expect(fs.readdirSync(dest)).toEqual(['old.html']);
    const report = await w.finish([]);
    expect(report.mode).toBe('in-place');
    expect(fs.readdirSync(dest)).toEqual(['index.html']);
  });
});
