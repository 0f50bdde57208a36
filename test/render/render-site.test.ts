import { KyllError, memorySource, renderSite } from '../../lib/index.js';
import type { RenderResult } from '../../lib/index.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };

const base = {
  '_config.yml': 'title: Demo\ntimezone: Asia/Shanghai\n',
  '_layouts/default.html': '<html>{{ content }}</html>\n',
  '_layouts/post.html': '---\nlayout: default\nkind: article\n---\n<h1>{{ page.title }}</h1>{{ layout.kind }}\n{{ content }}',
  '_posts/2022-02-11-hello.md': '---\nlayout: post\ntitle: Hello\ndate: 2022-02-11 22:22:45 +0800\n---\n<p>你好</p>\n',
};

function byPath(result: RenderResult): Record<string, string> {
  return Object.fromEntries(result.files.map((f) => [f.path, typeof f.contents === 'string' ? f.contents : '<bytes>']));
}

async function rejection(files: Record<string, string>): Promise<KyllError> {
  try {
    await renderSite({ source: memorySource(files), env: ENV });
  } catch (e) {
    expect(e).toBeInstanceOf(KyllError);
    return e as KyllError;
  }
  throw new Error('expected renderSite to reject');
}

describe('renderSite in memory', () => {
  test('renders a post through its layout chain without touching the disk', async () => {
    const result = await renderSite({ source: memorySource(base), env: ENV });
    expect(result.destination).toBeUndefined();
    expect(byPath(result)['2022/02/11/hello.html']).toBe('<html><h1>Hello</h1>article\n<p>你好</p>\n</html>\n'); // as jekyll build writes it
    expect(result.files.find((f) => f.path === '2022/02/11/hello.html')!.url).toBe('/2022/02/11/hello.html');
    expect(Object.keys(result.timings)).toEqual(expect.arrayContaining(['read', 'render', 'write', 'total']));
  });

  test('site.time comes from SOURCE_DATE_EPOCH, in the site time zone', async () => {
    const result = await renderSite({ source: memorySource({ ...base, 'now.html': '---\n---\n{{ site.time }}|{{ jekyll.environment }}' }), env: ENV });
    expect(byPath(result)['now.html']).toBe('2026-01-01 08:00:00 +0800|production');
  });

  test('a missing layout is a warning naming the file, as Jekyll words it', async () => {
    const result = await renderSite({ source: memorySource({ ...base, 'a.md': '---\nlayout: nope\n---\nhi\n' }), env: ENV });
    expect(result.diagnostics.map((d) => d.message)).toContain("Build Warning: Layout 'nope' requested in a.md does not exist.");
    expect(byPath(result)['a.html']).toBe('<p>hi</p>\n');
  });

  // Jekyll 4.3.1: Renderer#place_in_layouts looks up `layout.to_s`, so `layout: [post]` is a missing
  // layout '["post"]' (kyll's String() made it 'post' and used it); fixtures/sites/s28e-layout-types has the rest
  test('a layout named by a list is missing, named by its Ruby to_s', async () => {
    const result = await renderSite({ source: memorySource({ ...base, '_layouts/post.html': 'P {{ content }}', 'a.md': '---\nlayout: [post]\n---\nhi\n' }), env: ENV });
    expect(result.diagnostics.map((d) => d.message)).toContain('Build Warning: Layout \'["post"]\' requested in a.md does not exist.');
    expect(byPath(result)['a.html']).toBe('<p>hi</p>\n');
  });

  // Jekyll 4.3.1 (External.require_with_graceful_fail) on a gem it cannot require: exit 1 with this message
  // (Ruby's LoadError adds did_you_mean's guess among the installed gems, which kyll leaves out).
  test('a plugin kyll lacks and Jekyll cannot require stops the build with Jekyll\'s Dependency Error', async () => {
    const e = await rejection({ ...base, '_config.yml': 'plugins: [jekyll-feed, jekyll-unknown-thing]\n' });
    expect(e.code).toBe('PLUGIN_ERROR');
    expect(e.message).toBe(
      "Dependency Error: Yikes! It looks like you don't have jekyll-unknown-thing or one of its dependencies installed. In order to use Jekyll as currently configured, you'll need to install this gem. If you've run Jekyll with `bundle exec`, ensure that you have included the jekyll-unknown-thing gem in your Gemfile as well. The full error message from Ruby is: 'cannot load such file -- jekyll-unknown-thing' If you run into trouble, you can find helpful resources at https://jekyllrb.com/help/!",
    );
  });

  // Jekyll 4.3.1: require_with_graceful_fail requires each `plugins:` item in order, and `require nil`
  // (an empty list item) is Ruby's TypeError; kyll failed inside its own code (null.indexOf).
  test('an empty or non-text plugins: item stops the build with Ruby\'s TypeError, after earlier missing gems', async () => {
    for (const [list, what] of [['[jekyll-feed, ~]', 'nil'], ['[jekyll-feed, 5]', 'Integer'], ['[jekyll-feed, [jekyll-sitemap]]', 'Array']]) {
      const e = await rejection({ ...base, '_config.yml': `plugins: ${list}\n` });
      expect(e.message).toBe(`no implicit conversion of ${what} into String (TypeError)`);
    }
    expect((await rejection({ ...base, '_config.yml': 'plugins: [jekyll-unknown-thing, ~]\n' })).message).toMatch(/^Dependency Error: .* jekyll-unknown-thing /);
    // safe mode requires only the whitelisted names
    const safe = await renderSite({ source: memorySource({ ...base, '_config.yml': 'safe: true\nwhitelist: [jekyll-feed]\nplugins: [jekyll-feed, ~]\n' }), env: ENV });
    expect(Object.keys(byPath(safe))).toContain('feed.xml');
  });

  test("kyll's own plugins (jemoji, jekyll-data), the gems Jekyll brings (jekyll-watch, kramdown) and Ruby's library build quietly", async () => {
    const result = await renderSite({ source: memorySource({ ...base, '_config.yml': 'plugins: [jemoji, jekyll-data, jekyll-watch, kramdown, jekyll-sass-converter, json, net/http]\n' }), env: ENV });
    expect(result.diagnostics).toEqual([]);
  });

  // Checked with Jekyll 4.3.1 + jekyll-compose 0.12.0 (Debian's ruby-jekyll-compose): the gem only adds commands.
  test('jekyll-compose in plugins: builds quietly, as in Jekyll', async () => {
    const result = await renderSite({ source: memorySource({ ...base, '_config.yml': 'plugins: [jekyll-compose]\n' }), env: ENV });
    expect(result.diagnostics).toEqual([]);
    expect(byPath(result)['2022/02/11/hello.html']).toContain('<p>你好</p>');
  });

  // Debian's jekyll package (the reference) depends on redcarpet, rdiscount, coderay, pygments.rb,
  // classifier-reborn...: GitHub Pages-era configs that list them as plugins build in Jekyll 4.3.1.
  test("the gems Debian's Jekyll depends on (redcarpet, pygments.rb, classifier-reborn) and Ruby's bundled gems build quietly", async () => {
    const config = 'gems: [redcarpet]\nplugins: [rdiscount, coderay, pygments.rb, classifier-reborn, mime-types, rake, minitest]\n';
    const result = await renderSite({ source: memorySource({ ...base, '_config.yml': config }), env: ENV });
    expect(result.diagnostics).toEqual([]);
    expect(byPath(result)['2022/02/11/hello.html']).toContain('<p>你好</p>');
  });

  // Jekyll 4.3.1: `require "jekyll-feed.rb"` loads the gem's lib/jekyll-feed.rb, so the plugin runs
  // (feed.xml written); `require "json.rb"` finds Ruby's json. Checked with real Jekyll (session 43).
  test('a plugins: name with its .rb loads the gem as without it', async () => {
    const result = await renderSite({ source: memorySource({ ...base, '_config.yml': 'plugins: [jekyll-feed.rb, json.rb]\n' }), env: ENV });
    expect(result.diagnostics).toEqual([]);
    expect(Object.keys(byPath(result))).toContain('feed.xml');
    expect((await rejection({ ...base, '_config.yml': 'plugins: [jekyll-unknown-thing.rb]\n' })).message).toMatch(/^Dependency Error: .* jekyll-unknown-thing\.rb /);
  });

  test('in safe mode a plugin off the whitelist is not required: a warning', async () => {
    const result = await renderSite({ source: memorySource({ ...base, '_config.yml': 'safe: true\nplugins: [jekyll-unknown-thing]\n' }), env: ENV });
    expect(result.diagnostics.map((d) => d.message)).toEqual(["Plugin 'jekyll-unknown-thing' is not in the whitelist; safe mode does not load it."]);
  });

  test('broken YAML front matter rejects with file and line under strict_front_matter (else a warning: test/robustness)', async () => {
    const e = await rejection({ ...base, '_config.yml': 'strict_front_matter: true\n', '_posts/2022-01-01-bad.md': '---\ntitle: ok\ntags: [a, b\n---\nbody\n' });
    expect(e.code).toBe('YAML_EXCEPTION');
    expect(e.file).toBe('_posts/2022-01-01-bad.md');
    expect(e.message).toContain('_posts/2022-01-01-bad.md');
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  test('relative_permalinks stops the build before rendering, as Site#render does (false or absent does not)', async () => {
    const e = await rejection({ ...base, '_config.yml': 'relative_permalinks: true\n' });
    expect(e.code).toBe('INVALID_CONFIG');
    expect(e.file).toBe('_config.yml');
    expect(e.message).toContain('Since v3.0, permalinks for pages in subfolders must be relative to the site source directory');
    const ok = await renderSite({ source: memorySource({ ...base, '_config.yml': 'relative_permalinks: false\n' }), env: ENV });
    expect(byPath(ok)['2022/02/11/hello.html']).toContain('<h1>Hello</h1>');
  });

  test('a Liquid syntax error rejects with the file and the line in the file', async () => {
    const e = await rejection({ ...base, 'p.md': '---\ntitle: x\n---\nfine\n\n{% if %}\n' });
    expect(e.code).toMatch(/^LIQUID/);
    expect(e.file).toBe('p.md');
    expect(e.line).toBe(6);
  });

  test('a Liquid error in a layout names the layout', async () => {
    const e = await rejection({ ...base, '_layouts/default.html': '<html>\n{{ content | nosuchfilter: }\n</html>' });
    expect(e.message).toContain('_layouts/default.html');
  });

  test('the error keeps the warnings reported before it (diagnostics), and is the first failing page only', async () => {
    const e = await rejection({ ...base, 'a.html': '---\n---\n{{ "x" | append: a.b: 1 }}', 'b.html': '---\n---\n{{ 1 | divided_by: 0 }}', 'c.html': '---\n---\n{% if %}' });
    expect(e).toBeInstanceOf(KyllError);
    expect(e.file).toBe('b.html');
    expect(e.diagnostics?.map((d) => d.message)).toEqual([
      'Liquid Warning: Liquid syntax error (line 1): Expected end_of_string but found colon in "{{ "x" | append: a.b: 1 }}" in a.html',
    ]);
  });

  // Checked with Jekyll 4.3.1: Renderer#render_liquid prints the warnings of the template it renders,
  // a layout's (a cached template) at each render; an include's template (IncludeTag's
  // Liquid::Template.parse) is never printed. The order is the render's: a post's own, then its layout's.
  test('Liquid syntax warnings: a document\'s own, its layout\'s at each render, none for an include', async () => {
    const r = await renderSite({
      source: memorySource({
        '_config.yml': 'title: x\n',
        '_includes/i.html': 'inc {{ a b }}\n',
        '_layouts/l.html': '---\n---\nL {{ c d }} {{ content }}\n',
        '_posts/2024-01-01-a.md': '---\nlayout: l\n---\nP1 {% include i.html %} {{ e f }}\n',
        '_posts/2024-01-02-b.md': '---\nlayout: l\n---\nP2 {% include i.html %}\n',
      }),
      write: false,
    });
    const said = (code: string, file: string): string => `Liquid Warning: Liquid syntax error (line 1): Expected end_of_string but found id in "{{ ${code} }}" in ${file}`;
    expect(r.diagnostics.map((d) => d.message)).toEqual([said('e f', '_posts/2024-01-01-a.md'), said('c d', '(memory)/_layouts/l.html'), said('c d', '(memory)/_layouts/l.html')]);
  });

  // Jekyll: site.source and site.destination are absolute paths (the default destination is <pwd>/_site).
  // In memory: the Source's root, and the destination option, else <root>/_site.
  test('site.source and site.destination: the Source root and where the build writes', async () => {
    const files = { 'index.html': '---\n---\n{{ site.source }}|{{ site.destination }}' };
    const plain = await renderSite({ source: memorySource(files), env: ENV });
    expect(byPath(plain)['index.html']).toBe('(memory)|(memory)/_site');
    const rooted = await renderSite({ source: memorySource(files, '/srv/blog'), destination: '/srv/out', write: false, env: ENV });
    expect(byPath(rooted)['index.html']).toBe('/srv/blog|/srv/out');
    const configured = await renderSite({ source: memorySource({ ...files, '_config.yml': 'destination: public\n' }, '/srv/blog'), env: ENV });
    expect(byPath(configured)['index.html']).toBe('/srv/blog|public');
  });

  test('an unreadable date rejects with the file', async () => {
    const e = await rejection({ ...base, '_posts/2022-01-01-when.md': '---\ndate: not a date at all\n---\nx\n' });
    expect(e.code).toBe('INVALID_DATE');
    expect(e.file).toBe('_posts/2022-01-01-when.md');
  });

  test('unknown front matter keys are kept', async () => {
    const result = await renderSite({ source: memorySource({ ...base, 'k.html': '---\nmy_key: [1, 2]\n---\n{{ page.my_key | join: "+" }}' }), env: ENV });
    expect(byPath(result)['k.html']).toBe('1+2');
  });
});
