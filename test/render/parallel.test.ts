// Rendering on worker threads must give exactly the files of a one-thread
// build. Workers load the compiled package (dist/, built by `npm test`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = path.resolve('dist', 'index.js');
const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };
type Api = typeof import('../../lib/index.js');

function writeSite(dir: string, posts: number, ...broken: number[]): void {
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put('_config.yml', 'title: Threads\ntimezone: Asia/Shanghai\nplugins: [jekyll-feed, jekyll-seo-tag]\nurl: https://t.example\n');
  put('_layouts/post.html', '<head>{% seo %}</head>\n<h1>{{ page.title }}</h1>{{ content }}<a href="{{ page.previous.url }}">prev</a>\n');
  put('index.html', '---\n---\n{% for p in site.posts %}{{ p.title }}: {{ p.excerpt | strip_html | truncate: 20 }}\n{% endfor %}');
  for (let i = 0; i < posts; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const body = broken.includes(i) ? 'oops {% if %}\n' : `<p>第${i}篇</p>\n\n**bold** [link](/x/${i}) {{ page.title | upcase }}\n`;
    put(`_posts/2022-02-${day}-post-${i}.md`, `---\nlayout: post\ntitle: "Post ${i}"\ncategories: c${i % 3}\n---\n${body}`);
  }
}

// A worker leaves a marker as it renders a post; the main thread, when asked to, waits for it.
const WAIT_FOR_WORKER = `import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const marker = new URL('./worker-was-here', import.meta.url);
const asked = new URL('./wait-for-worker', import.meta.url);
const pause = new Int32Array(new SharedArrayBuffer(4));
export default { name: 'wait-for-worker', hooks: { posts: { post_render() {
  if (!isMainThread) return void fs.writeFileSync(marker, 'x');
  for (let i = 0; i < 600 && fs.existsSync(asked) && !fs.existsSync(marker); i++) Atomics.wait(pause, 0, 0, 50);
} } } };
`;

const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('renderSite on several threads', () => {
  let api: Api;
  let dir: string;
  beforeAll(async () => {
    api = (await import(pathToFileURL(DIST).href)) as Api;
  });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-threads-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('three threads write the same files as one', async () => {
    writeSite(dir, 40);
    const one = await api.renderSite({ source: dir, write: false, env: ENV, threads: 1 });
    const three = await api.renderSite({ source: dir, write: false, env: ENV, threads: 3 });
    expect(three.threads).toBe(3);
    // The size too: workers measure their outputs' UTF-8 length themselves.
    const asMap = (r: typeof one): Map<string, [string, number]> => new Map(r.files.map((f) => [f.path, [String(f.contents), f.size]]));
    expect(asMap(three)).toEqual(asMap(one));
    // Each worker reads the site and loads the engine: seconds on a busy 2-core machine.
  }, 60_000);

  test('warnings raised on workers are reported, in document order, as on one thread', async () => {
    writeSite(dir, 40);
    // jekyll-gist warns as it renders each gist tag (no <noscript> without the network), on whichever thread.
    const config = path.join(dir, '_config.yml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('plugins: [', 'plugins: [jekyll-gist, ') + 'gist:\n  noscript: true\n');
    for (let i = 0; i < 40; i += 5) {
      const file = path.join(dir, '_posts', fs.readdirSync(path.join(dir, '_posts')).find((f) => f.endsWith(`-post-${i}.md`))!);
      fs.appendFileSync(file, `{% gist id${i} %}\n`);
    }
    // So that a worker surely renders some posts, the main thread waits in its hook until one has.
    fs.mkdirSync(path.join(dir, '_plugins'));
    fs.writeFileSync(path.join(dir, '_plugins', 'wait.mjs'), WAIT_FOR_WORKER);
    const warnings = (r: { diagnostics: ReadonlyArray<{ message: string }> }): string[] => r.diagnostics.map((d) => d.message);
    const one = await api.renderSite({ source: dir, write: false, env: ENV, threads: 1 });
    fs.writeFileSync(path.join(dir, '_plugins', 'wait-for-worker'), '');
    const three = await api.renderSite({ source: dir, write: false, env: ENV, threads: 3 });
    expect(fs.existsSync(path.join(dir, '_plugins', 'worker-was-here'))).toBe(true);
    expect(warnings(one).filter((w) => w.includes('gist id'))).toHaveLength(8);
    expect(warnings(three)).toEqual(warnings(one));
  }, 60_000);

  // Excerpt#output is rendered once: a worker sends back the excerpts it rendered, which
  // the index page and the feed then show without rendering them again on the main thread.
  test('each excerpt is rendered once, on whichever thread', async () => {
    writeSite(dir, 40);
    fs.mkdirSync(path.join(dir, '_plugins'));
    fs.writeFileSync(path.join(dir, '_plugins', 'wait.mjs'), WAIT_FOR_WORKER);
    // A filter that warns each time it runs: once for the content, once for the excerpt.
    fs.writeFileSync(path.join(dir, '_plugins', 'counted.mjs'), `export default { name: 'counted', registerLiquid(engine, ctx) { engine.registerFilter('counted', (s) => { ctx.warn('counted ' + s); return s; }); } };\n`);
    for (const name of fs.readdirSync(path.join(dir, '_posts'))) {
      const file = path.join(dir, '_posts', name);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<p>第', '<p>{{ page.title | counted }} 第'));
    }
    const counted = (r: { diagnostics: ReadonlyArray<{ message: string }> }): string[] => r.diagnostics.map((d) => d.message).filter((m) => m.startsWith('counted'));
    const one = await api.renderSite({ source: dir, write: false, env: ENV, threads: 1 });
    // So that the worker surely renders some posts, the main thread waits in its hook until it has.
    fs.writeFileSync(path.join(dir, '_plugins', 'wait-for-worker'), '');
    const two = await api.renderSite({ source: dir, write: false, env: ENV, threads: 2 });
    expect(fs.existsSync(path.join(dir, '_plugins', 'worker-was-here'))).toBe(true);
    expect(counted(one)).toHaveLength(80);
    expect(counted(two)).toEqual(counted(one));
    expect(new Map(two.files.map((f) => [f.path, String(f.contents)]))).toEqual(new Map(one.files.map((f) => [f.path, String(f.contents)])));
  }, 60_000);

  test('an error in a worker rejects with the file and line', async () => {
    writeSite(dir, 10, 5);
    await expect(api.renderSite({ source: dir, write: false, env: ENV, threads: 2 })).rejects.toMatchObject({
      code: expect.stringMatching(/^LIQUID/),
      file: expect.stringContaining('post-5.md'),
      line: 6,
    });
  }, 60_000);

  // Jekyll stops at the first document of its order that fails, whichever thread meets which first.
  test('several broken documents: the build stops with the first one in render order', async () => {
    // post-20 (February 21) renders after post-2 (February 3): posts go by date.
    writeSite(dir, 40, 20, 2);
    for (const threads of [1, 3]) {
      const failure = await api.renderSite({ source: dir, write: false, env: ENV, threads }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(api.KyllError);
      expect(failure).toMatchObject({ file: expect.stringContaining('post-2.md'), line: 6 });
    }
  }, 120_000);

  test('the first document failing on the main thread ends a worker that has not started rendering', async () => {
    writeSite(dir, 40, 0);
    await expect(api.renderSite({ source: dir, write: false, env: ENV, threads: 2 })).rejects.toMatchObject({ file: expect.stringContaining('post-0.md') });
  }, 60_000);

  // {% increment %}/{% decrement %} counters go on from document to document
  // in Jekyll (fixtures/expected/parallel-counters, made by Jekyll). So that
  // the worker surely starts before the main thread is done, the main thread
  // waits in a pre_render hook until a worker has loaded the plugin, then
  // slows down so that a worker would take documents if it could.
  test('documents that share increment/decrement counters render as on one thread', async () => {
    const fixture = path.resolve('fixtures', 'sites', 'parallel-counters');
    fs.cpSync(fixture, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, '_plugins'));
    fs.writeFileSync(
      path.join(dir, '_plugins', 'main-waits.mjs'),
      `import fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';
const marker = new URL('./worker-loaded', import.meta.url);
if (!isMainThread) fs.writeFileSync(marker, 'x');
const pause = new Int32Array(new SharedArrayBuffer(4));
export default { name: 'main-waits', hooks: { documents: { pre_render() {
  if (!isMainThread) return;
  for (let i = 0; i < 400 && !fs.existsSync(marker); i++) Atomics.wait(pause, 0, 0, 50);
  Atomics.wait(pause, 0, 0, 40);
} } } };
`,
    );
    const two = await api.renderSite({ source: dir, write: false, env: { ...ENV, TZ: 'UTC' }, threads: 2 });
    expect(two.threads).toBe(2);
    expect(fs.existsSync(path.join(dir, '_plugins', 'worker-loaded'))).toBe(true);
    const expected = path.resolve('fixtures', 'expected', 'parallel-counters');
    for (const f of two.files) expect({ path: f.path, text: String(f.contents) }).toEqual({ path: f.path, text: fs.readFileSync(path.join(expected, f.path), 'utf8') });
    expect(two.files.length).toBe(27);
  }, 60_000);
});
