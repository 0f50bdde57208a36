// A build to disk writes each post as soon as a thread has rendered it (into
// the staging folder), and keeps only what it still needs: the files must be
// those of a build in memory, in Jekyll's order where two share a path, and a
// failed build must leave the destination as it was. Workers load the
// compiled package (dist/, built by `npm test`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = path.resolve('dist', 'index.js');
const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', TZ: 'UTC' };
type Api = typeof import('../../lib/index.js');

function put(dir: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
}

/** `posts` posts; `shared` of them (the first ones) all at /same/; post `broken` fails. */
function site(dir: string, posts: number, { shared = 0, broken = -1 } = {}): void {
  put(dir, '_config.yml', 'title: Staged\n');
  put(dir, '_layouts/post.html', '<h1>{{ page.title }}</h1>{{ content }}\n');
  // A page that shows posts' `output` (DocumentDrop#output): read back from disk when written.
  put(dir, 'index.html', '---\n---\n{% for p in site.posts %}{{ p.url }} {{ p.output | size }} {{ p.output | slice: 0, 12 }}\n{% endfor %}');
  for (let i = 0; i < posts; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const permalink = i < shared ? 'permalink: /same/\n' : '';
    const body = i === broken ? 'oops {% if %}\n' : `Post **${i}** é\n`;
    put(dir, `_posts/2022-02-${day}-post-${i}.md`, `---\nlayout: post\ntitle: "Post ${i}"\n${permalink}---\n${body}`);
  }
}

const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('outputs written as they are rendered', () => {
  let api: Api;
  let dir: string;
  beforeAll(async () => {
    api = (await import(pathToFileURL(DIST).href)) as Api;
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-staged-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const textOf = (r: { files: readonly { path: string; contents: string | Uint8Array; size: number }[] }): Map<string, [string, number]> =>
    new Map(r.files.map((f) => [f.path, [String(f.contents), f.size]]));
  const onDisk = (dest: string, r: { files: readonly { path: string }[] }): Map<string, string> =>
    new Map(r.files.map((f) => [f.path, fs.readFileSync(path.join(dest, f.path), 'utf8')]));

  test('on one and on three threads: the files of a build in memory, also where two posts share a path (the later one wins)', async () => {
    const src = path.join(dir, 'src');
    site(src, 40, { shared: 6 });
    const memory = await api.renderSite({ source: src, write: false, env: ENV, threads: 1 });
    expect(memory.diagnostics).toEqual([expect.objectContaining({ code: 'URL_CONFLICT' })]);
    for (const threads of [1, 3]) {
      const dest = path.join(dir, `out${threads}`);
      const built = await api.renderSite({ source: src, destination: dest, env: ENV, threads });
      expect(built.threads).toBe(threads);
      // Listed with the same text and size (read back from the destination), and the same on disk.
      expect(textOf(built)).toEqual(textOf(memory));
      const expected = new Map([...textOf(memory)].map(([p, [text]]) => [p, text]));
      expect(onDisk(dest, built)).toEqual(expected);
      expect(String(built.files.find((f) => f.path === 'same/index.html')!.contents)).toContain('Post 5');
      // Not held in memory: read from the destination when asked for.
      const post = built.files.find((f) => f.path.endsWith('post-30.html'))!;
      fs.writeFileSync(path.join(dest, post.path), 'changed since');
      expect(post.contents).toBe('changed since');
    }
    // Each worker reads the site and loads the engine: seconds on a busy 2-core machine.
  }, 120_000);

  test('a post that fails after others were written: the destination is as it was, no staging folder is left', async () => {
    const src = path.join(dir, 'src');
    const dest = path.join(dir, '_site');
    site(src, 30, { broken: 26 });
    put(dest, 'index.html', 'the old site');
    for (const threads of [1, 2]) {
      await expect(api.renderSite({ source: src, destination: dest, env: ENV, threads })).rejects.toMatchObject({ file: expect.stringContaining('post-26.md') });
      expect(fs.readdirSync(dir).sort()).toEqual(['_site', 'src']);
      expect(fs.readdirSync(dest)).toEqual(['index.html']);
      expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe('the old site');
    }
  }, 120_000);
});
