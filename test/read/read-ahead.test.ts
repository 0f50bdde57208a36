// The read-ahead thread (lib/read/read-ahead.ts): a file taken from it is the file
// as the fs source reads it (bytes, stat, hash), whichever thread got there first;
// a file it could not read is read here, failing as a direct read fails. The thread
// is a compiled .js file: these tests load the compiled package (dist/, built by
// `npm test`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';
import type { Source } from '../../lib/source/source.js';

type Ahead = typeof import('../../lib/read/read-ahead.js');
type FsSource = typeof import('../../lib/source/fs-source.js');
type WarmKey = typeof import('../../lib/build/warm-key.js');
type Hash = typeof import('../../lib/build/content-hash.js');

const DIST = path.resolve('dist', 'read', 'read-ahead.js');
const maybe = fs.existsSync(DIST) ? describe : describe.skip;
const load = async <T>(...parts: string[]): Promise<T> => (await import(pathToFileURL(path.resolve('dist', ...parts)).href)) as T;

maybe('reading posts ahead', () => {
  jest.setTimeout(60_000);
  let ahead: Ahead;
  let fsSource: FsSource['fsSource'];
  let stampingSource: WarmKey['stampingSource'];
  let contentHash: Hash['contentHash'];
  let root: string;
  let posts: string[];
  beforeAll(async () => {
    ahead = await load<Ahead>('read', 'read-ahead.js');
    ({ fsSource } = await load<FsSource>('source', 'fs-source.js'));
    ({ stampingSource } = await load<WarmKey>('build', 'warm-key.js'));
    ({ contentHash } = await load<Hash>('build', 'content-hash.js'));
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-read-ahead-'));
    fs.mkdirSync(path.join(root, '_posts', 'sub'), { recursive: true });
    // More files than the thread reads ahead of this one (it waits for it there), some empty, one large.
    for (let i = 0; i < 600; i++) {
      const name = i % 50 === 0 ? `sub/2020-01-01-p${i}.md` : `2020-01-01-p${String(i).padStart(3, '0')}.md`;
      const body = i % 97 === 0 ? '' : i === 7 ? '大'.repeat(200_000) : `---\ntitle: 第${i}篇\n---\n${'文字 '.repeat(i)}\n`;
      fs.writeFileSync(path.join(root, '_posts', name), body);
    }
    posts = fsSource(root)
      .list()
      .filter((p) => p.startsWith('_posts/'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const direct = (source: Source, p: string) => {
    const { bytes, stat } = source.readTransientWithStat!(p);
    return { bytes: Buffer.from(bytes).toString('base64'), stat: [stat.size, stat.mtimeNs, stat.ctimeNs, stat.ino], hash: contentHash(bytes) };
  };

  test('files taken from the thread are the files as read here, with their stat and hash', async () => {
    const plain = fsSource(root);
    const thread = ahead.startReadAhead()!;
    try {
      const source = ahead.readingAhead(fsSource(root), thread);
      source.willRead!(posts, { stamps: true });
      // Until the thread has read a first batch (it then goes on ahead of this one).
      const deadline = Date.now() + 20_000;
      while (thread.waiting() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
      expect(thread.waiting()).toBeGreaterThan(0);
      let fromThread = 0;
      for (const p of posts) {
        // Waiting a little now and then lets the thread get ahead again after it waited for this one.
        if (posts.indexOf(p) % 100 === 0) await new Promise((r) => setTimeout(r, 20));
        const taken = thread.take(p);
        const want = direct(plain, p);
        const got = taken ? { bytes: Buffer.from(taken.bytes).toString('base64'), stat: [taken.stat.size, taken.stat.mtimeNs, taken.stat.ctimeNs, taken.stat.ino], hash: taken.hash } : direct(source, p);
        if (taken) fromThread++;
        expect(got).toEqual(want);
      }
      expect(fromThread).toBeGreaterThan(posts.length / 2);
    } finally {
      thread.stop();
    }
  });

  test('a build that reads at once, ahead of the thread, reads the same files', () => {
    const thread = ahead.startReadAhead()!;
    try {
      const source = ahead.readingAhead(fsSource(root), thread);
      source.willRead!(posts);
      const plain = fsSource(root);
      for (const p of posts) expect(Buffer.from(source.readTransient!(p)).equals(Buffer.from(plain.readTransient!(p)))).toBe(true);
    } finally {
      thread.stop();
    }
  });

  test("the warm record's stamps are those of a build that reads every file itself", async () => {
    const thread = ahead.startReadAhead()!;
    try {
      const viaThread = stampingSource(ahead.readingAhead(fsSource(root), thread));
      viaThread.source.willRead!(posts);
      await new Promise((r) => setTimeout(r, 200));
      for (const p of posts) viaThread.source.readTransient!(p);
      const itself = stampingSource(fsSource(root));
      for (const p of posts) itself.source.readTransient!(p);
      expect(viaThread.stamps).toEqual(itself.stamps);
    } finally {
      thread.stop();
    }
  });

  test('a file gone before the thread reads it fails here as a direct read fails', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-read-ahead-gone-'));
    try {
      fs.mkdirSync(path.join(dir, '_posts'));
      for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(dir, '_posts', `2020-01-01-${n}.md`), n);
      const list = fsSource(dir).list();
      fs.rmSync(path.join(dir, '_posts', '2020-01-01-b.md'));
      const thread = ahead.startReadAhead()!;
      try {
        const source = ahead.readingAhead(fsSource(dir), thread);
        source.willRead!(list);
        await new Promise((r) => setTimeout(r, 200));
        expect(Buffer.from(source.readTransient!('_posts/2020-01-01-a.md')).toString()).toBe('a');
        expect(() => source.readTransient!('_posts/2020-01-01-b.md')).toThrow(/ENOENT/);
        expect(Buffer.from(source.readTransient!('_posts/2020-01-01-c.md')).toString()).toBe('c');
      } finally {
        thread.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('handed over midway, the thread writes the files it is posted; the build reads the rest itself', async () => {
    type Queue = typeof import('../../lib/write/write-queue.js');
    const { writeOnThread, threadQueue } = await load<Queue>('write', 'write-queue.js');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-read-ahead-writes-'));
    const thread = ahead.startReadAhead()!;
    try {
      const source = ahead.readingAhead(fsSource(root), thread);
      source.willRead!(posts);
      const plain = fsSource(root);
      const half = posts.length / 2;
      posts.slice(0, half).forEach((p) => expect(Buffer.from(source.readTransient!(p)).equals(Buffer.from(plain.readTransient!(p)))).toBe(true));
      writeOnThread(() => thread.release());
      const queue = threadQueue(path.join(out, 'staging'), path.join(out, 'site'));
      // (released: the rest is read here, the same bytes)
      expect(thread.take(posts[half]!)).toBeUndefined();
      posts.slice(half).forEach((p) => expect(Buffer.from(source.readTransient!(p)).equals(Buffer.from(plain.readTransient!(p)))).toBe(true));
      const last = posts.map((p, i) => queue.put(`p/${i}.html`, { path: `p/${i}.html`, url: `/p/${i}.html`, contents: `<p>${p} 文</p>`, size: 0 })).at(-1)!;
      queue.waitFor(last);
      await queue.drain();
      posts.forEach((p, i) => expect(fs.readFileSync(path.join(out, 'staging', 'p', `${i}.html`), 'utf8')).toBe(`<p>${p} 文</p>`));
      // The thread is the queue's now: stopping the read ahead leaves it; closing the queue ends it.
      thread.stop();
      const more = queue.put('after-stop.html', { path: 'after-stop.html', url: '/after-stop.html', contents: 'x', size: 1 });
      queue.waitFor(more);
      expect(fs.readFileSync(path.join(out, 'staging', 'after-stop.html'), 'utf8')).toBe('x');
      await queue.close();
    } finally {
      thread.stop();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  test('only folders with enough posts get a thread, and only on a machine with a second core', () => {
    const small = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-read-ahead-small-'));
    try {
      expect(ahead.readAheadFor(small, undefined, 8)).toBeUndefined();
      expect(ahead.readAheadFor(root, undefined, 1)).toBeUndefined();
      const thread = ahead.readAheadFor(root, undefined, 2);
      expect(thread).toBeDefined();
      thread?.stop();
    } finally {
      fs.rmSync(small, { recursive: true, force: true });
    }
  });
});
