// The swap (write beside the destination, then two renames) must never fail or
// lie where Jekyll, which writes in place, works: a refused rename (EBUSY on a
// Docker volume, EXDEV, EACCES/EROFS on a read-only parent) falls back to writing
// in place with a warning, and every failure says what state the destination is
// in. Failures are injected through the writer's small fs interface: the tests
// run as root, for whom chmod'ed folders stay writable.
import fs from 'node:fs';
import path from 'node:path';
import { writeSite, type WriteFs } from '../../lib/write/index.js';
import type { OutputFile } from '../../lib/types.js';
import { filesUnder, makeSiteDir, treeHash } from './dest-tree.js';

const file = (p: string, text: string): OutputFile => ({ path: p, url: `/${p}`, size: text.length, contents: text });
const NEW_SITE = [file('index.html', 'new'), file('a/b.html', 'deep')];

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

/** node:fs with some calls failing: `rename(from, to)` and `mkdir(path)` may throw an errno. */
function failingFs(fail: { rename?: (from: string, to: string) => string | undefined; mkdir?: (p: string) => string | undefined; rm?: (p: string) => string | undefined; dev?: (p: string) => number | undefined }): WriteFs {
  return {
    ...fs,
    renameSync: ((from: fs.PathLike, to: fs.PathLike) => {
      const code = fail.rename?.(String(from), String(to));
      if (code) throw errno(code);
      fs.renameSync(from, to);
    }) as WriteFs['renameSync'],
    mkdirSync: ((p: fs.PathLike, o?: fs.MakeDirectoryOptions) => {
      const code = fail.mkdir?.(String(p));
      if (code) throw errno(code);
      return fs.mkdirSync(p, o);
    }) as WriteFs['mkdirSync'],
    rmSync: ((p: fs.PathLike, o?: fs.RmOptions) => {
      const code = fail.rm?.(String(p));
      if (code) throw errno(code);
      fs.rmSync(p, o);
    }) as WriteFs['rmSync'],
    statSync: ((p: fs.PathLike, o?: fs.StatSyncOptions) => {
      const st = fs.statSync(p, o) as fs.Stats;
      const dev = fail.dev?.(String(p));
      return dev === undefined ? st : Object.assign(Object.create(Object.getPrototypeOf(st)), st, { dev });
    }) as WriteFs['statSync'],
  };
}

const isStaging = (p: string): boolean => /\.kyll-new-/.test(path.basename(p));
const isRetired = (p: string): boolean => /\.kyll-old-/.test(path.basename(p));

describe('the swap and its fallbacks', () => {
  let root: string;
  let sentinel: string;
  let dest: string;
  beforeEach(() => {
    ({ root, sentinel } = makeSiteDir('kyll-swap-'));
    dest = path.join(root, 'out');
    fs.mkdirSync(path.join(dest, '.git'), { recursive: true });
    fs.writeFileSync(path.join(dest, '.git', 'HEAD'), 'ref');
    fs.writeFileSync(path.join(dest, 'stale.html'), 'old');
    fs.writeFileSync(path.join(dest, 'index.html'), 'old');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const leftovers = (): string[] => fs.readdirSync(root).filter((n) => n.includes('.kyll-'));

  test('the normal swap replaces the site, keeps keep_files and leaves nothing beside it', () => {
    const report = writeSite(dest, NEW_SITE, { keepFiles: ['.git'] });
    expect(report.mode).toBe('swap');
    expect(report.diagnostics).toEqual([]);
    expect(filesUnder(dest)).toEqual(['.git/HEAD', 'a/b.html', 'index.html']);
    expect(leftovers()).toEqual([]);
  });

  test.each(['EBUSY', 'EXDEV', 'EACCES', 'EPERM', 'EROFS'])('the old site cannot be moved aside (%s): written in place, with a warning', (code) => {
    const outside = treeHash(sentinel);
    const report = writeSite(dest, NEW_SITE, { keepFiles: ['.git'], fs: failingFs({ rename: (from) => (from === dest ? code : undefined) }) });
    expect(report.mode).toBe('in-place');
    expect(report.diagnostics).toEqual([expect.objectContaining({ level: 'warning', code: 'WRITE_IN_PLACE', message: `Could not move ${dest} aside (${code}): the site was written in place.` })]);
    // cleaner.rb: the file the new site does not have is gone, keep_files stay.
    expect(filesUnder(dest)).toEqual(['.git/HEAD', 'a/b.html', 'index.html']);
    expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe('new');
    expect(leftovers()).toEqual([]);
    expect(treeHash(sentinel)).toBe(outside);
  });

  test('the new site cannot be moved in (EXDEV): the old one is put back, then the site is written in place', () => {
    const report = writeSite(dest, NEW_SITE, { fs: failingFs({ rename: (from) => (isStaging(from) ? 'EXDEV' : undefined) }) });
    expect(report.mode).toBe('in-place');
    expect(report.diagnostics[0]!.message).toBe(`Could not move the new site into ${dest} (EXDEV): the site was written in place.`);
    expect(filesUnder(dest)).toEqual(['a/b.html', 'index.html']);
    expect(leftovers()).toEqual([]);
  });

  test('a read-only parent (no staging folder can be made there): written in place', () => {
    const report = writeSite(dest, NEW_SITE, { fs: failingFs({ mkdir: (p) => (isStaging(p) ? 'EACCES' : undefined) }) });
    expect(report.mode).toBe('in-place');
    expect(report.diagnostics[0]!.message).toBe(`Could not create a staging folder beside ${dest} (EACCES): the site was written in place.`);
    expect(filesUnder(dest)).toEqual(['a/b.html', 'index.html']);
  });

  test('a mount point (another device than its parent) is written in place without trying to rename it', () => {
    fs.writeFileSync(path.join(dest, 'index.html'), 'new');
    const unchanged = fs.statSync(path.join(dest, 'index.html')).ino;
    const renames: string[] = [];
    const wfs = failingFs({ dev: (p) => (p === dest ? 4242 : undefined), rename: (from) => (renames.push(from), undefined) });
    const report = writeSite(dest, NEW_SITE, { fs: wfs });
    expect(report.mode).toBe('in-place');
    expect(report.diagnostics[0]!.message).toBe(`${dest} is a mount point and cannot be replaced: the site was written in place.`);
    // Only the files inside it move (each new file from its temporary name).
    expect(renames.filter((r) => r === dest || !r.startsWith(`${dest}${path.sep}`))).toEqual([]);
    expect(filesUnder(dest)).toEqual(['a/b.html', 'index.html']);
    // A file that already holds the new bytes is left as it is.
    expect(fs.statSync(path.join(dest, 'index.html')).ino).toBe(unchanged);
    expect(leftovers()).toEqual([]);
  });

  test('neither the new site moves in nor the old one back: the error says where each one is', () => {
    let err: unknown;
    try {
      writeSite(dest, NEW_SITE, { fs: failingFs({ rename: (from) => (isStaging(from) || isRetired(from) ? 'EIO' : undefined) }) });
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'WRITE_ERROR' });
    const msg = (err as Error).message;
    const retired = leftovers().find((n) => n.includes('.kyll-old-'))!;
    const staging = leftovers().find((n) => n.includes('.kyll-new-'))!;
    expect(msg).toContain(`${dest} does not exist now; the old site is in ${path.join(root, retired)} and the new one in ${path.join(root, staging)}.`);
    expect(fs.existsSync(dest)).toBe(false);
    expect(filesUnder(path.join(root, retired))).toEqual(['.git/HEAD', 'index.html', 'stale.html']);
  });

  test('a rename failing for another reason (EIO) leaves the destination as it was, and says so', () => {
    const before = treeHash(dest);
    expect(() => writeSite(dest, NEW_SITE, { fs: failingFs({ rename: (from) => (from === dest ? 'EIO' : undefined) }) })).toThrow(
      expect.objectContaining({ code: 'WRITE_ERROR', message: expect.stringMatching(/^Could not replace .*: EIO: injected failure; the destination was left as it was\.$/) }),
    );
    expect(treeHash(dest)).toBe(before);
    expect(leftovers()).toEqual([]);
  });

  test('the old site cannot be removed after the swap (a read-only destination): the new site is in, and the warning says where the old one is', () => {
    const report = writeSite(dest, NEW_SITE, { fs: failingFs({ rm: (p) => (isRetired(p) ? 'EACCES' : undefined) }) });
    expect(report.mode).toBe('swap');
    expect(filesUnder(dest)).toEqual(['a/b.html', 'index.html']);
    const retired = leftovers().find((n) => n.includes('.kyll-old-'))!;
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: `The new site is in ${dest}, but the previous one could not be removed (EACCES: injected failure): it is left in ${path.join(root, retired)}.`,
      }),
    ]);
  });

  // Jekyll writes each file over the old one and stops half-way on ENOSPC; kyll writes every file under a
  // temporary name first, then renames them in, and puts everything back when a step fails.
  test.each([
    ['a write fails (ENOSPC)', { write: (p: string) => path.basename(p).startsWith('.b.html.kyll-tmp-') }],
    ['a rename into place fails (EACCES)', { rename: (from: string) => path.basename(from).startsWith('.b.html.kyll-tmp-') }],
  ])('writing in place where %s leaves the previous site whole, and says so', (_name, fail) => {
    fs.writeFileSync(path.join(dest, 'a'), 'a file where the new site needs a folder');
    const before = treeHash(dest);
    const wfs: WriteFs = {
      ...failingFs({ rename: (from) => (from === dest ? 'EBUSY' : 'rename' in fail && fail.rename(from) ? 'EACCES' : undefined) }),
      writeFileSync: ((p: fs.PathOrFileDescriptor, data: string | NodeJS.ArrayBufferView, o?: fs.WriteFileOptions) => {
        if ('write' in fail && fail.write(String(p))) throw errno('ENOSPC');
        fs.writeFileSync(p, data, o);
      }) as WriteFs['writeFileSync'],
    };
    expect(() => writeSite(dest, NEW_SITE, { fs: wfs })).toThrow(
      expect.objectContaining({ code: 'WRITE_ERROR', message: expect.stringMatching(new RegExp(`^Could not write the site in place into ${dest}: a/b.html: E[A-Z]+: injected failure; the destination was left as it was\\.$`)) }),
    );
    expect(treeHash(dest)).toBe(before);
    expect(leftovers()).toEqual([]);
  });

  test('a symlinked destination is written through: the link stays, the folder it points to gets the site', () => {
    const real = path.join(root, 'real-out');
    fs.renameSync(dest, real);
    fs.symlinkSync(real, dest);
    const report = writeSite(dest, NEW_SITE);
    expect(report.folder).toBe(real);
    expect(fs.lstatSync(dest).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(dest)).toBe(real);
    expect(filesUnder(real)).toEqual(['a/b.html', 'index.html']);
    expect(leftovers()).toEqual([]);
  });

  test('a destination that is a file is refused, and left as it was', () => {
    fs.rmSync(dest, { recursive: true });
    fs.writeFileSync(dest, 'a file');
    expect(() => writeSite(dest, NEW_SITE)).toThrow(expect.objectContaining({ code: 'WRITE_ERROR', message: expect.stringContaining('it is a file, not a folder; it was left as it was') }));
    expect(fs.readFileSync(dest, 'utf8')).toBe('a file');
  });

  test('staging folders left by a killed build are removed by the next build; a running build\'s are not', () => {
    const dead = path.join(root, '.out.kyll-new-999999999-abc');
    const deadOld = path.join(root, '.out.kyll-old-999999999-abd');
    const live = path.join(root, `.out.kyll-new-${process.ppid}-abe`);
    const other = path.join(root, '.other.kyll-new-999999999-abc');
    for (const d of [dead, deadOld, live, other]) fs.mkdirSync(d);
    writeSite(dest, NEW_SITE);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(deadOld)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
    expect(fs.existsSync(other)).toBe(true);
  });
});
