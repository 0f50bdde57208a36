// Plugins under worker threads: workers load the site's _plugins modules and
// the plugins given by path themselves, run the document hooks on the posts
// they render, and send back what pre_render hooks set, so that the files are
// those of a one-thread build. Workers load the compiled package (dist/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = path.resolve('dist', 'index.js');
const EXAMPLE_PLUGIN = path.resolve('examples', 'plugins', 'reading-time.mjs');
const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };
type Api = typeof import('../../lib/index.js');

// Marks the posts a worker rendered. So that a worker surely renders some
// (it starts in about a second, when the main thread may be done), the main
// thread waits in its hook until a worker has left its marker file.
const THREAD_PLUGIN = `import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const marker = new URL('./worker-was-here', import.meta.url);
const waitForWorker = new URL('./wait-for-worker', import.meta.url);
const pause = new Int32Array(new SharedArrayBuffer(4));
export default {
  name: 'thread-mark',
  registerLiquid(engine) { engine.registerFilter('stars', (s) => '*' + s + '*'); },
  hooks: { posts: { post_render(doc) {
    if (!isMainThread) { fs.writeFileSync(marker, 'x'); doc.output += '<!-- worker -->'; return; }
    for (let i = 0; i < 600 && fs.existsSync(waitForWorker) && !fs.existsSync(marker); i++) Atomics.wait(pause, 0, 0, 50);
  } } },
};
`;

function writeSite(dir: string, posts: number): void {
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  // jemoji: a built-in plugin's post_render hook runs in the workers too.
  put('_config.yml', 'title: Threads\nplugins: [jemoji]\n');
  put('_layouts/post.html', '<h1>{{ page.title | stars }}</h1>{{ content }}{{ page.reading_minutes }} min|{{ content | reading_time }}\n');
  put('index.html', '---\n---\n{% for p in site.posts %}{{ p.title }}: {{ p.reading_minutes }}\n{% endfor %}');
  put('_plugins/thread-mark.mjs', THREAD_PLUGIN);
  for (let i = 0; i < posts; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    put(`_posts/2022-02-${day}-post-${i}.md`, `---\nlayout: post\ntitle: "Post ${i}"\n---\n${'word '.repeat(150 * (i % 4))}:smile:\n`);
  }
}

const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('plugins on several threads', () => {
  let api: Api;
  let dir: string;
  beforeAll(async () => {
    api = (await import(pathToFileURL(DIST).href)) as Api;
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-plugin-threads-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('_plugins modules and { path } plugins run in the workers, with the files of one thread', async () => {
    writeSite(dir, 60);
    const plugins = [{ path: EXAMPLE_PLUGIN }];
    const one = await api.renderSite({ source: dir, write: false, env: ENV, threads: 1, plugins });
    fs.writeFileSync(path.join(dir, '_plugins', 'wait-for-worker'), '');
    const two = await api.renderSite({ source: dir, write: false, env: ENV, threads: 2, plugins });
    expect(two.threads).toBe(2);
    const strip = (r: typeof one): Map<string, string> => new Map(r.files.map((f) => [f.path, String(f.contents).replace('<!-- worker -->', '')]));
    expect(strip(two)).toEqual(strip(one));
    const outputs = two.files.map((f) => String(f.contents));
    // Some posts were rendered by the worker, with its own copy of the plugins.
    expect(outputs.some((o) => o.includes('<!-- worker -->'))).toBe(true);
    const post3 = two.files.find((f) => f.path === '2022/02/04/post-3.html')!;
    expect(String(post3.contents)).toMatch(/^<h1>\*Post 3\*<\/h1><p>(word ){450}<img class="emoji" title=":smile:"[^>]*><\/p>\n3 min\|3 min read\n/);
    // Every post, whichever thread rendered it, went through jemoji's hook once.
    expect(two.files.filter((f) => /^2022\//.test(f.path)).every((f) => String(f.contents).split('class="emoji"').length === 2)).toBe(true);
    // What the hook set on posts rendered in a worker shows in the main thread's site.posts.
    const index = String(two.files.find((f) => f.path === 'index.html')!.contents);
    expect(index).toContain('Post 3: 3\n');
    expect(index).toContain('Post 4: 1\n');
    expect(index.match(/: \d\n/g)).toHaveLength(60);
    const json = JSON.parse(String(two.files.find((f) => f.path === 'reading-times.json')!.contents)) as Array<{ minutes: number }>;
    expect(json).toHaveLength(60);
    expect(json.every((e) => e.minutes >= 1)).toBe(true);
  }, 90_000);

  test('a plugin given as an object keeps the build on one thread', async () => {
    writeSite(dir, 4);
    const object = { name: 'reading-time-object', registerLiquid: (engine: import('liquidjs').Liquid) => engine.registerFilter('reading_time', () => 'soon') };
    const result = await api.renderSite({ source: dir, write: false, env: ENV, threads: 2, plugins: [object] });
    expect(result.threads).toBe(1);
    expect(String(result.files.find((f) => f.path === '2022/02/01/post-0.html')!.contents)).toContain('|soon');
  }, 60_000);
});
