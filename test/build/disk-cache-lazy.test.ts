// A one-off `kyll build -I` (cached-outputs.ts, lazy-text.ts): the outputs the destination holds as
// the last build wrote them (their stat signature) are read only when asked for, and the state keeps
// the units that did not render as it loaded them; one whose signature changed is read back and
// hashed (bytes changed by hand render again). The source's hashes are the warm key's (disk-cache.ts#sourceHashes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { restoredOutputs, storedOutputs } from '../../lib/build/cached-outputs.js';
import { sourceHashes } from '../../lib/build/disk-cache.js';
import type { PreparedBuild } from '../../lib/render/prepare-build.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { folderTree } from '../helpers/folder-tree.js';
import { contentsByPath } from './edit-site.js';

let dir: string;
beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-disk-cache-lazy-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('restoredOutputs', () => {
  const write = (p: string, text: string): void => fs.writeFileSync(path.join(dir, p), text);
  const stored = () => storedOutputs([{ path: 'a.html', url: '/a.html', size: 5, contents: 'hello' }], () => true, dir);

  test('lazy: an output with its signature as noted is read when its contents are asked for, not before', () => {
    write('a.html', 'hello');
    const files = restoredOutputs(stored(), dir, true)!;
    expect(files).toHaveLength(1);
    // Written after the restore: what is read is what the file holds when asked.
    write('a.html', 'HELLO');
    expect(files[0]!.contents).toBe('HELLO');
    // Read once: later asks give the same text.
    write('a.html', 'hallo');
    expect(files[0]!.contents).toBe('HELLO');
  });

  test('another signature: read back and hashed (the same size, other bytes: not restored; the same bytes: restored)', () => {
    write('a.html', 'hello');
    const s = stored();
    write('a.html', 'HELLO');
    expect(restoredOutputs(s, dir, true)).toBeUndefined();
    expect(restoredOutputs(s, dir)).toBeUndefined();
    write('a.html', 'hello');
    expect(restoredOutputs(s, dir, true)![0]!.contents).toBe('hello');
    fs.rmSync(path.join(dir, 'a.html'));
    expect(restoredOutputs(s, dir, true)).toBeUndefined();
  });
});

test("sourceHashes takes the warm key's hash of a file it stamped, without reading the file", () => {
  const source = { list: () => ['a.md', 'b.md'], readBytes: (p: string) => (p === 'b.md' ? new TextEncoder().encode('b') : fail(`read ${p}`)) };
  const hashes = sourceHashes({ source } as unknown as PreparedBuild, { 'site:a.md': ['1:2:3:4', 'STAMPED', true] });
  expect(hashes.get('a.md')).toBe('STAMPED');
  expect(hashes.get('b.md')).toMatch(/^[A-Za-z0-9+/]+=*$/);
});

describe('a one-off kyll build -I after a one-post edit', () => {
  let site: string;
  let destination: string;
  const post = (n: number, body: string): void =>
    fs.writeFileSync(path.join(site, `_posts/2022-01-0${n}-p${n}.md`), `---\nlayout: post\ntitle: P${n}\n---\n${body}\n`);
  const build = async () => (await createBuilder({ source: site, destination, env: FIXED_ENV, incremental: true, oneOff: true })).build();
  const clean = async () => {
    const out = path.join(dir, 'clean');
    fs.rmSync(out, { recursive: true, force: true });
    const r = await renderSite({ source: site, destination: out, env: FIXED_ENV });
    return { files: [...contentsByPath(r.files)], tree: folderTree(out) };
  };

  beforeEach(async () => {
    site = path.join(dir, 'site');
    destination = path.join(dir, 'out');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    fs.mkdirSync(path.join(site, '_layouts'), { recursive: true });
    fs.writeFileSync(path.join(site, '_config.yml'), 'title: Lazy\n');
    fs.writeFileSync(path.join(site, '_layouts/post.html'), '<article>{{ content }}</article><p>{{ page.previous.title }}</p>\n');
    fs.writeFileSync(path.join(site, 'index.html'), '---\n---\n{% for p in site.posts %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}\n');
    for (let n = 1; n <= 4; n++) post(n, `Body **${n}**.`);
    await build();
  });

  test('reads back no output of a post that did not render, and gives the files of a clean build', async () => {
    post(2, 'Body **2**, edited.');
    const reads: string[] = [];
    const readFileSync = fs.readFileSync;
    fs.readFileSync = ((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof p === 'string' && p.startsWith(destination)) reads.push(path.relative(destination, p));
      return (readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readFileSync;
    let r;
    try {
      r = await build();
    } finally {
      fs.readFileSync = readFileSync;
    }
    expect(r.rendered).toBeGreaterThan(0);
    // p2's own output (its old content, compared with the new) and p1's (the carry p2 renders after): not p3's or p4's.
    expect(reads.filter((p) => /p[34]\.html$/.test(p))).toEqual([]);
    expect({ files: [...contentsByPath(r.files)], tree: folderTree(destination) }).toEqual(await clean());
    // The state saved keeps the units as loaded: the next edit builds from it as from a full build's.
    post(4, 'Body **4**, edited.');
    const next = await build();
    expect({ files: [...contentsByPath(next.files)], tree: folderTree(destination) }).toEqual(await clean());
  });

  test("an output whose bytes were changed by hand (the same size, its time set back) renders again", async () => {
    const p3 = path.join(destination, '2022/01/03/p3.html');
    const st = fs.statSync(p3);
    const text = fs.readFileSync(p3, 'utf8');
    fs.writeFileSync(p3, text.replace('Body', 'BODY'));
    fs.utimesSync(p3, st.atime, st.mtime);
    post(2, 'Body **2**, edited.');
    const r = await build();
    expect({ files: [...contentsByPath(r.files)], tree: folderTree(destination) }).toEqual(await clean());
    expect(fs.readFileSync(p3, 'utf8')).toBe(text);
  });
});
