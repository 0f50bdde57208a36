// For every site shape (site-shapes.ts), each edit in turn: the long-lived
// builder's update (what `kyll serve` and `kyll build --watch` run, given the
// changed paths as the watcher gives them, absolute) and a new builder reading
// the disk cache (`kyll build --incremental`) leave in their destinations the
// tree a clean build of the edited site writes, byte for byte, folders
// included: removed outputs disappear.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath } from './edit-site.js';
import { EDITS, SHAPES, SiteFolder } from './site-shapes.js';
import { folderTree } from '../helpers/folder-tree.js';

jest.setTimeout(120_000);

const tree = (root: string) => folderTree(root, 'utf8');

/** The result, or the error it failed with. */
function outcome<T>(p: Promise<T>): Promise<T | Error> {
  return p.catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
}

/** The error and the warnings reported before it. */
function failure(e: unknown): string[] {
  const diagnostics = (e as { diagnostics?: ReadonlyArray<{ message: string }> }).diagnostics ?? [];
  return [String(e), ...diagnostics.map((d) => d.message)];
}

describe.each(SHAPES.map((s) => [s.name, s] as const))('%s: after each edit, serve and --incremental give a clean build', (_name, shape) => {
  let dir: string;
  beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-shapes-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every edit', async () => {
    const site = new SiteFolder(path.join(dir, 'site'), shape);
    const live = path.join(dir, 'live');
    const cached = path.join(dir, 'incremental');
    const clean = path.join(dir, 'clean');
    const builder = await createBuilder({ source: site.root, destination: live, env: FIXED_ENV });
    await builder.build();
    const incremental = { source: site.root, destination: cached, env: FIXED_ENV, incremental: true };
    await (await createBuilder(incremental)).build();
    const edits = [...EDITS, ...shape.extra];
    for (const [step, edit] of edits.entries()) {
      const changed = edit.apply(site, shape);
      const update = await outcome(builder.update(changed.map((p) => path.join(site.root, p))));
      const fromCache = await outcome(createBuilder(incremental).then((b) => b.build()));
      fs.rmSync(clean, { recursive: true, force: true });
      const expected = await outcome(renderSite({ source: site.root, destination: clean, env: FIXED_ENV }));
      // A build that fails fails the same way in all three, and leaves the destination as it was.
      if (expected instanceof Error) {
        const want = failure(expected);
        expect({ step, edit: edit.what, update: failure(update), fromCache: failure(fromCache) }).toEqual({ step, edit: edit.what, update: want, fromCache: want });
        continue;
      }
      if (update instanceof Error || fromCache instanceof Error) throw update instanceof Error ? update : fromCache;
      const want = { step, edit: edit.what, files: [...contentsByPath(expected.files)], diagnostics: expected.diagnostics.map((d) => d.message) };
      expect({ step, edit: edit.what, files: [...contentsByPath(update.result.files)], diagnostics: update.result.diagnostics.map((d) => d.message) }).toEqual(want);
      expect({ step, edit: edit.what, files: [...contentsByPath(fromCache.files)], diagnostics: fromCache.diagnostics.map((d) => d.message) }).toEqual(want);
      const cleanTree = tree(clean);
      expect({ step, edit: edit.what, serve: tree(live) }).toEqual({ step, edit: edit.what, serve: cleanTree });
      expect({ step, edit: edit.what, incremental: tree(cached) }).toEqual({ step, edit: edit.what, incremental: cleanTree });
    }
    expect(edits.length).toBeGreaterThanOrEqual(EDITS.length);
  });
});

// Without SOURCE_DATE_EPOCH each read takes the clock: here the epoch moves between builds instead.
test('an update that reads the site again renders what shows site.time at the new time, as a fresh build then', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-shapes-'));
  try {
    const site = new SiteFolder(path.join(dir, 'site'), SHAPES[0]!);
    const env = { ...FIXED_ENV, SOURCE_DATE_EPOCH: '1767225600' };
    const builder = await createBuilder({ source: site.root, destination: path.join(dir, 'live'), env });
    await builder.build();
    env.SOURCE_DATE_EPOCH = String(1767225600 + 400 * 86400); // a year on: the footer's "%Y" changes
    site.write('_posts/2024-03-01-new.md', '---\nlayout: post\ntitle: New\n---\nNew.\n');
    const update = await builder.update([path.join(site.root, '_posts/2024-03-01-new.md')]);
    const clean = await renderSite({ source: site.root, destination: path.join(dir, 'clean'), env });
    expect(String(clean.files.find((f) => f.path === 'about.html')!.contents)).toContain('2027');
    expect([...contentsByPath(update.result.files)]).toEqual([...contentsByPath(clean.files)]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
