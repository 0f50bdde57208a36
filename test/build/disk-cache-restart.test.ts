// --incremental's restart (build/cached-outputs.ts): the disk cache keeps each output's hash, not its
// text, and the next process reads the outputs back from the destination. With no change nothing is
// rewritten and the files are a clean build's; after an edit, or with a file of the destination
// edited or deleted by hand, the destination and the files are again a clean build's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import zlib from 'node:zlib';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';
import { blogFiles, contentsByPath } from './edit-site.js';

// `oneOff`: a one-off `kyll build -I`, which answers a build with nothing changed from the warm record (builder.ts).
describe.each([false, true])('kyll build --incremental, restarted (one-off: %s)', (oneOff) => {
  let dir: string;
  let site: string;
  let destination: string;
  const opts = () => ({ source: site, destination, env: FIXED_ENV, incremental: true, oneOff });
  const clean = async () => {
    const out = path.join(dir, 'clean');
    fs.rmSync(out, { recursive: true, force: true });
    const r = await renderSite({ source: site, destination: out, env: FIXED_ENV });
    return { files: [...contentsByPath(r.files)], tree: folderTree(out) };
  };
  const restart = async () => {
    const r = await (await createBuilder(opts())).build();
    return { files: [...contentsByPath(r.files)], tree: folderTree(destination), rendered: r.rendered };
  };
  const mtimes = () => new Map(folderTree(destination).filter(([p]) => !p.endsWith('/')).map(([p]) => [p, fs.statSync(path.join(destination, p)).mtimeMs]));

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-incremental-restart-'));
    site = path.join(dir, 'site');
    destination = path.join(dir, 'out');
    for (const [p, text] of Object.entries(blogFiles())) {
      fs.mkdirSync(path.dirname(path.join(site, p)), { recursive: true });
      fs.writeFileSync(path.join(site, p), text);
    }
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_posts/2022-01-05-one.md'), '---\nlayout: post\ntitle: One\n---\nOld body, ünïcødé ✓.\n');
    fs.writeFileSync(path.join(site, '_posts/2022-01-06-two.md'), '---\nlayout: post\ntitle: Two\n---\nTwo.\n');
    await (await createBuilder(opts())).build();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the cache keeps no output texts', () => {
    const state = v8.deserialize(zlib.inflateRawSync(fs.readFileSync(path.join(site, '.jekyll-cache', 'kyll', 'state.bin'))));
    const texts: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v instanceof Map) for (const [k, x] of v) collect(k), collect(x);
      else if (v instanceof Set || Array.isArray(v)) for (const x of v) collect(x);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
    };
    collect(state);
    expect(texts.some((t) => t.includes('Old body'))).toBe(true); // the post's content, as its readers see it
    expect(texts.some((t) => t.includes('<html><head><title>One'))).toBe(false);
    // What a post carries to the next (the post layout's output, given to default's {{ content }}) is
    // where it stands in the output, not a text of its own; each dependency key is kept once.
    expect(texts.some((t) => t.includes('<article><h1>One'))).toBe(false);
    const deps = (state as { depNames: string[] }).depNames;
    expect(deps.length).toBeGreaterThan(5);
    expect(texts.filter((t) => t === deps[0]).length).toBe(1);
    expect(new Set(texts.filter((t) => deps.includes(t))).size).toBe(texts.filter((t) => deps.includes(t)).length);
  });

  test('no change: nothing rendered or rewritten, the files a clean build gives', async () => {
    const before = mtimes();
    await new Promise((r) => setTimeout(r, 20)); // a rewrite would show in the mtimes
    const r = await restart();
    expect(r.rendered).toBe(0);
    expect(mtimes()).toEqual(before);
    const want = await clean();
    expect(r.files).toEqual(want.files);
    expect(r.tree).toEqual(want.tree);
  });

  test('an edit: the same bytes as a clean build', async () => {
    fs.writeFileSync(path.join(site, '_posts/2022-01-05-one.md'), '---\nlayout: post\ntitle: One\n---\nNew body.\n');
    const r = await restart();
    expect(r.rendered).toBeGreaterThan(0);
    const want = await clean();
    expect(r.files).toEqual(want.files);
    expect(r.tree).toEqual(want.tree);
  });

  test.each([
    ['edited by hand (same size)', (p: string) => fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('One', 'Eno'))],
    ['edited by hand', (p: string) => fs.appendFileSync(p, 'x')],
    ['deleted by hand', (p: string) => fs.rmSync(p)],
  ])('an output %s: written again, the files a clean build gives', async (_what, spoil) => {
    spoil(path.join(destination, '2022/01/05/one.html'));
    const r = await restart();
    expect(r.rendered).toBeGreaterThan(0);
    const want = await clean();
    expect(r.files).toEqual(want.files);
    expect(r.tree).toEqual(want.tree);
  });

  test('a source file edited and edited back, an output removed meanwhile by another tool: the files a clean build gives', async () => {
    const post = path.join(site, '_posts/2022-01-06-two.md');
    const text = fs.readFileSync(post, 'utf8');
    fs.writeFileSync(post, text.replace('Two.', 'Deux.'));
    await restart();
    fs.writeFileSync(post, text);
    fs.rmSync(path.join(destination, '2022/01/05/one.html'));
    const r = await restart();
    const want = await clean();
    expect(r.files).toEqual(want.files);
    expect(r.tree).toEqual(want.tree);
  });

  test('the whole destination deleted: built again', async () => {
    fs.rmSync(destination, { recursive: true });
    const r = await restart();
    const want = await clean();
    expect(r.files).toEqual(want.files);
    expect(r.tree).toEqual(want.tree);
  });
});

/** Writes `files` (site-relative path → text) under `site`. */
function writeFiles(site: string, files: Readonly<Record<string, string>>): void {
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, p)), { recursive: true });
    fs.writeFileSync(path.join(site, p), text);
  }
}

describe('a one-off kyll build -I with nothing changed', () => {
  // Answered from the warm record (warm.ts), as a plain build is: the cache's state is neither read
  // nor written again, and the destination is left as it is.
  test('leaves the state as it was and gives the files a clean build gives; a change renders again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-incremental-warm-'));
    try {
      const site = path.join(dir, 'site');
      const destination = path.join(dir, 'out');
      writeFiles(site, blogFiles());
      const opts = { source: site, destination, env: FIXED_ENV, incremental: true, oneOff: true };
      await (await createBuilder(opts)).build();
      const state = path.join(site, '.jekyll-cache/kyll/state.bin');
      const stat = fs.statSync(state);
      await new Promise((r) => setTimeout(r, 20)); // a rewrite would show in the mtime
      const r = await (await createBuilder(opts)).build();
      expect(r.rendered).toBe(0);
      expect(fs.statSync(state).mtimeMs).toBe(stat.mtimeMs);
      const clean = path.join(dir, 'clean');
      await renderSite({ source: site, destination: clean, env: FIXED_ENV });
      expect(folderTree(destination)).toEqual(folderTree(clean));
      expect([...contentsByPath(r.files)]).toEqual([...contentsByPath((await renderSite({ source: site, destination: clean, env: FIXED_ENV })).files)]);
      // a file put in the destination by hand: the build is not answered from the record
      fs.writeFileSync(path.join(destination, 'by-hand.txt'), 'x\n');
      const again = await (await createBuilder(opts)).build();
      expect(folderTree(destination)).toEqual(folderTree(clean));
      expect(fs.statSync(state).mtimeMs).not.toBe(stat.mtimeMs);
      expect(again.files.length).toBe(r.files.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kyll build --incremental over a destination another build wrote since', () => {
  // Jekyll's cleaner runs before an incremental write too (site.rb#process → cleanup): whatever the
  // site does not write goes, keep_files excepted.
  test('outputs of a build with --drafts, a file put there by hand and an empty folder go; keep_files stay', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-incremental-stray-'));
    try {
      const site = path.join(dir, 'site');
      const destination = path.join(dir, 'out');
      const files = { ...blogFiles(), '_config.yml': `${blogFiles()['_config.yml']}keep_files: [kept]\n`, '_drafts/idea.md': '---\nlayout: post\ntitle: Idea\n---\nA draft.\n' };
      writeFiles(site, files);
      const incremental = { source: site, destination, env: FIXED_ENV, incremental: true };
      await (await createBuilder(incremental)).build();
      await renderSite({ source: site, destination, env: FIXED_ENV, config: { show_drafts: true } });
      expect(folderTree(destination).some(([p]) => p.endsWith('idea.html'))).toBe(true);
      for (const p of ['by-hand.txt', 'kept/notes.txt']) fs.mkdirSync(path.dirname(path.join(destination, p)), { recursive: true }), fs.writeFileSync(path.join(destination, p), 'x\n');
      fs.mkdirSync(path.join(destination, 'empty/inner'), { recursive: true });
      await (await createBuilder(incremental)).build();
      const clean = path.join(dir, 'clean');
      await renderSite({ source: site, destination: clean, env: FIXED_ENV });
      expect(folderTree(destination).filter(([p]) => !p.startsWith('kept/'))).toEqual(folderTree(clean));
      expect(fs.readFileSync(path.join(destination, 'kept/notes.txt'), 'utf8')).toBe('x\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
