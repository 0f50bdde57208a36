// A one-off `kyll build -I` cleans the destination (cleaner.rb#obsolete_files) from the warm record's
// list of what the last build wrote when no folder of it changed since (warm.ts#recordedEntries),
// without reading its folders; anything else reads them: a file or folder put there by hand, a
// record written under other keep_files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { readWarmRecord, recordedEntries } from '../../lib/build/warm.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree, writeFiles } from '../helpers/folder-tree.js';
import { blogFiles } from './edit-site.js';

describe('a one-off kyll build -I cleaning from the warm record', () => {
  let dir: string;
  let site: string;
  let destination: string;
  const build = async (config?: Record<string, unknown>) => (await createBuilder({ source: site, destination, env: FIXED_ENV, incremental: true, oneOff: true, ...(config ? { config } : {}) })).build();
  const clean = async (): Promise<Array<[string, string]>> => {
    const out = path.join(dir, 'clean');
    fs.rmSync(out, { recursive: true, force: true });
    await renderSite({ source: site, destination: out, env: FIXED_ENV });
    return folderTree(out);
  };
  const post = '_posts/2022-01-05-one.md';
  const edit = (n: number): void => fs.writeFileSync(path.join(site, post), `---\nlayout: post\ntitle: One\n---\nBody ${n}.\n`);
  const record = () => readWarmRecord(path.join(site, '.jekyll-cache', 'kyll'))!;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-recorded-entries-'));
    site = path.join(dir, 'site');
    destination = path.join(dir, 'out');
    writeFiles(site, blogFiles());
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    edit(0);
    await build();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the record lists what the destination holds while no folder of it changed', async () => {
    const listed = recordedEntries(record(), destination, ['.git', '.svn']);
    expect(listed).toBeDefined();
    const tree = folderTree(destination).map(([p]) => p.replace(/\/$/, ''));
    expect([...listed!.keys()].sort()).toEqual(tree.sort());
    for (const [p, isFolder] of listed!) expect(fs.statSync(path.join(destination, p)).isDirectory()).toBe(isFolder);
    // other keep_files than the record's, another destination: unknown
    expect(recordedEntries(record(), destination, ['kept'])).toBeUndefined();
    expect(recordedEntries(record(), path.join(dir, 'elsewhere'), ['.git', '.svn'])).toBeUndefined();
  });

  test.each([
    ['a file in a folder of outputs', (f: string) => path.join(path.dirname(f), 'by-hand.html')],
    ['a file at the top', () => 'by-hand.txt'],
    ['a folder in a folder of outputs', (f: string) => path.join(path.dirname(f), 'made/x.txt')],
  ])('%s put there by hand: unknown, and removed by the next edit', async (_what, place) => {
    const output = folderTree(destination).find(([p]) => p.endsWith('one.html'))![0];
    const extra = place(output);
    fs.mkdirSync(path.dirname(path.join(destination, extra)), { recursive: true });
    fs.writeFileSync(path.join(destination, extra), 'x\n');
    expect(recordedEntries(record(), destination, ['.git', '.svn'])).toBeUndefined();
    edit(1);
    expect((await build()).rendered).toBeGreaterThan(0);
    expect(folderTree(destination)).toEqual(await clean());
  });

  test('an output deleted by hand: unknown, and written again', async () => {
    const output = folderTree(destination).find(([p]) => p.endsWith('one.html'))![0];
    fs.rmSync(path.join(destination, output));
    expect(recordedEntries(record(), destination, ['.git', '.svn'])).toBeUndefined();
    edit(1);
    await build();
    expect(folderTree(destination)).toEqual(await clean());
  });

  test('edits in turn: the same tree as a clean build each time', async () => {
    for (let i = 1; i <= 3; i++) {
      edit(i);
      expect((await build()).rendered).toBeGreaterThan(0);
      expect(folderTree(destination)).toEqual(await clean());
    }
  });

  test('a record written by a build that kept other files (keep_files) does not stand for the destination', async () => {
    // the -I state is this configuration's; the last build (and its record) kept `kept/` by another one
    fs.mkdirSync(path.join(destination, 'kept'), { recursive: true });
    fs.writeFileSync(path.join(destination, 'kept/notes.txt'), 'x\n');
    await renderSite({ source: site, destination, env: FIXED_ENV, config: { keep_files: ['kept'] } });
    expect(fs.existsSync(path.join(destination, 'kept/notes.txt'))).toBe(true);
    expect(record().keep).toEqual(['kept']);
    edit(1);
    await build();
    expect(folderTree(destination)).toEqual(await clean());
  });
});
