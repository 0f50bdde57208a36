// A one-off `kyll build -I` notes in its warm record what the destination holds once it wrote
// (warm.ts#saveWarmRecord): the outputs and folders it saw before writing, as the disk cache found
// them (seen-destination.ts), are taken as they were seen, and only what it wrote is looked at again.
// The record is the one a look at every entry gives, and the next build with nothing changed is warm.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder } from '../../lib/index.js';
import { readWarmRecord } from '../../lib/build/warm.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree, writeFiles } from '../helpers/folder-tree.js';
import { blogFiles } from './edit-site.js';

describe('the warm record of a one-off kyll build -I', () => {
  let dir: string;
  let site: string;
  let destination: string;
  const build = async () => (await createBuilder({ source: site, destination, env: FIXED_ENV, incremental: true, oneOff: true })).build();
  const posts = ['2022-01-05-one', '2022-01-06-two', '2022-01-07-three', '2022-01-08-four'];
  const edit = (name: string, n: number): void => fs.writeFileSync(path.join(site, `_posts/${name}.md`), `---\nlayout: post\ntitle: ${name}\n---\nBody ${n}.\n`);
  const record = () => readWarmRecord(path.join(site, '.jekyll-cache', 'kyll'))!;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-seen-destination-'));
    site = path.join(dir, 'site');
    destination = path.join(dir, 'out');
    writeFiles(site, blogFiles());
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    for (const p of posts) edit(p, 0);
    await build();
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('after an edit, every entry is as a look at it gives, and only what the build wrote is looked at again', async () => {
    edit(posts[1]!, 1);
    const looked: string[] = [];
    const lstat = fs.lstatSync;
    jest.spyOn(fs, 'lstatSync').mockImplementation(((p: fs.PathLike, o?: fs.StatSyncOptions) => {
      const rel = path.relative(destination, String(p));
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) looked.push(rel.split(path.sep).join('/'));
      return lstat(p, o);
    }) as typeof fs.lstatSync);
    const result = await build();
    jest.restoreAllMocks();
    expect(result.rendered).toBeGreaterThan(0);
    const entries = record().entries;
    for (const [p, kind, , diskSize, mtimeMs] of entries) {
      const st = fs.lstatSync(path.join(destination, p));
      expect([p, kind === 'd' ? st.isDirectory() : st.isFile(), kind === 'd' ? 0 : st.size, st.mtimeMs]).toEqual([p, true, diskSize, mtimeMs]);
    }
    // The files looked at are those the build wrote (the edited post, the pages that list it);
    // any other folder is looked at once (the record's check before the write).
    const files = entries.filter((e) => e[1] !== 'd');
    const lookedFiles = new Set(looked.filter((p) => files.some((e) => e[0] === p)));
    expect(lookedFiles.size).toBeGreaterThan(0);
    expect(lookedFiles.size).toBeLessThan(files.length / 2);
    const folders = entries.filter((e) => e[1] === 'd').map((e) => e[0]);
    const above = (p: string) => [...lookedFiles].some((f) => p === '' || f.startsWith(`${p}/`));
    const others = folders.filter((d) => !above(d));
    expect(others.length).toBeGreaterThan(0);
    for (const d of others) expect([d, looked.filter((p) => p === d).length]).toEqual([d, 1]);
    // nothing changed since: answered from the record
    expect((await build()).rendered).toBe(0);
    expect(folderTree(destination).length).toBe(entries.length - 1);
  });

  test('after an edit, an output the build did not write is looked at once (the cache finding it as written)', async () => {
    edit(posts[2]!, 1);
    const looked = new Map<string, number>();
    const note = (p: fs.PathLike): void => {
      const rel = path.relative(destination, String(p)).split(path.sep).join('/');
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) looked.set(rel, (looked.get(rel) ?? 0) + 1);
    };
    const [stat, lstat] = [fs.statSync, fs.lstatSync];
    jest.spyOn(fs, 'statSync').mockImplementation(((p: fs.PathLike, o?: fs.StatSyncOptions) => (note(p), stat(p, o))) as typeof fs.statSync);
    jest.spyOn(fs, 'lstatSync').mockImplementation(((p: fs.PathLike, o?: fs.StatSyncOptions) => (note(p), lstat(p, o))) as typeof fs.lstatSync);
    expect((await build()).rendered).toBeGreaterThan(0);
    jest.restoreAllMocks();
    const files = record().entries.filter((e) => e[1] !== 'd').map((e) => e[0]);
    const once = files.filter((p) => looked.get(p) === 1);
    expect(once.length).toBeGreaterThan(files.length / 2);
    // the others are the ones it wrote: looked at again as they are written
    for (const p of files.filter((q) => looked.get(q) !== 1)) expect([p, looked.get(p)! > 1]).toEqual([p, true]);
  });

  test('an edit that writes nothing new keeps the record true, and the next build warm', async () => {
    // the same bytes saved again: the post renders to what the destination holds
    edit(posts[0]!, 0);
    fs.utimesSync(path.join(site, `_posts/${posts[0]}.md`), new Date(2030, 0, 1), new Date(2030, 0, 1));
    await build();
    for (const [p, kind, , diskSize, mtimeMs] of record().entries) {
      const st = fs.lstatSync(path.join(destination, p));
      expect([p, kind === 'd' ? 0 : st.size, st.mtimeMs]).toEqual([p, diskSize, mtimeMs]);
    }
    expect((await build()).rendered).toBe(0);
  });
});
