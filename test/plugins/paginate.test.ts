import { paginatePlugin } from '../../lib/plugins/paginate/index.js';
import type { Data } from '../../lib/types.js';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { config, page, pluginContext, post, site, utc } from './helpers.js';

// The paginate-redirect conformance site: 8 posts, `paginate: 3`, `/blog/page:num/`.
const posts = Array.from({ length: 8 }, (_, i) => {
  const n = i + 1;
  const d = `2021-0${n}-0${n}`;
  return post(`_posts/${d}-entry-${n}.md`, `/2021/0${n}/0${n}/entry-${n}.html`, utc(`${d}T00:00:00Z`), { title: `Entry ${n}` });
});
const blog = page('blog/index.html', '/blog/', { layout: 'default', title: 'Blog' }, '<h1>Blog</h1>');
const pages = [page('about.md', '/about.html'), blog, page('index.md', '/index.html')];

function run(extra: Data = {}, p = pages) {
  const ctx = pluginContext(site(config({ paginate: 3, paginate_path: '/blog/page:num/', ...extra }), { posts, pages: p }));
  return { result: paginatePlugin.generate!(ctx), ctx };
}

describe('jekyll-paginate', () => {
  test('paginates the index.html nearest to paginate_path, replacing it with page 1', () => {
    const { result } = run();
    expect(result.replaces).toEqual(['blog/index.html']);
    expect(result.pages!.map((p) => [p.url, p.outputPath])).toEqual([
      ['/blog/', 'blog/index.html'],
      ['/blog/page2/', 'blog/page2/index.html'],
      ['/blog/page3/', 'blog/page3/index.html'],
    ]);
    expect(result.pages![1]!.content).toBe('<h1>Blog</h1>');
    expect(result.pages![1]!.data).toEqual({ layout: 'default', title: 'Blog' });
  });

  test('the paginator of each page, with post drops from the site drop', () => {
    const { result } = run();
    const siteDrop = { posts: [...posts].reverse().map((p) => ({ title: p.data.title, url: p.url })) };
    const pager = (n: number) => result.pages![n]!.scopeFor!(siteDrop).paginator as Data;
    expect(pager(0)).toEqual({
      page: 1, per_page: 3, total_posts: 8, total_pages: 3,
      posts: [siteDrop.posts[0], siteDrop.posts[1], siteDrop.posts[2]],
      previous_page: null, previous_page_path: null, next_page: 2, next_page_path: '/blog/page2/',
    });
    expect(pager(1)).toMatchObject({ page: 2, previous_page: 1, previous_page_path: '/blog/', next_page: 3, next_page_path: '/blog/page3/' });
    expect(pager(2)).toMatchObject({ page: 3, next_page: null, next_page_path: null, posts: [siteDrop.posts[6], siteDrop.posts[7]] });
    // Without scopeFor, `scope` carries stand-in drops built from the posts.
    expect((result.pages![2]!.scope!.paginator as Data).posts).toMatchObject([{ title: 'Entry 2' }, { title: 'Entry 1' }]);
  });

  test('hidden posts are left out', () => {
    const { result } = run();
    const siteDrop = { posts: [{ title: 'a', hidden: true }, { title: 'b' }] };
    expect((result.pages![0]!.scopeFor!(siteDrop).paginator as Data).total_posts).toBe(1);
    expect((result.pages![0]!.scopeFor!(siteDrop).paginator as Data).posts).toEqual([{ title: 'b' }]);
  });

  test('default paginate_path /page:num uses the root index.html', () => {
    const root = page('index.html', '/', { title: 'Home' });
    const { result } = run({ paginate_path: undefined }, [root, blog]);
    expect(result.pages!.map((p) => p.url)).toEqual(['/', '/page2/', '/page3/']);
    expect(result.replaces).toEqual(['index.html']);
  });

  test('index.md is no template: a warning, no pages', () => {
    const { result, ctx } = run({}, [page('index.md', '/index.html')]);
    expect(result.pages ?? []).toEqual([]);
    expect(ctx.warnings[0]).toMatch(/couldn't find an index.html/);
  });

  test('no paginate setting: nothing', () => {
    const { result } = run({ paginate: undefined });
    expect(result).toEqual({});
  });

  // Jekyll 4.3.1 with jekyll-paginate 1.1.0: `paginate.to_i` and (posts / per_page.to_f).ceil stop the
  // build on these, where kyll wrote the site unpaginated
  test.each([
    [0, 'Infinity (FloatDomainError)'],
    ['x', 'Infinity (FloatDomainError)'],
    [0.5, 'Infinity (FloatDomainError)'],
    [true, "undefined method `to_i' for true:TrueClass (NoMethodError)"],
    [false, "undefined method `to_i' for false:FalseClass (NoMethodError)"],
    [[1], "undefined method `to_i' for [1]:Array (NoMethodError)"],
  ])('paginate: %j stops the build', (paginate, message) => {
    expect(() => run({ paginate })).toThrow(message);
  });

  // Jekyll 4.3.1: Pager.pagination_candidate? reads paginate_path[0..0] for every page, and
  // Pager.paginate_path calls its `sub` for the pages after the first (Ruby 3.1's NoMethodError)
  test.each([
    [true, "undefined method `[]' for true:TrueClass"],
    [false, "undefined method `[]' for false:FalseClass"],
    [1.5, "undefined method `[]' for 1.5:Float"],
    [5, "undefined method `sub' for 5:Integer"],
    [['a'], 'undefined method `sub\' for ["a"]:Array'],
  ])('paginate_path: %j stops the build', (paginatePath, message) => {
    expect(() => run({ paginate_path: paginatePath }, [page('index.html', '/')])).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', message: expect.stringContaining(message) }));
  });

  test('a paginate_path that is no string but takes [] is fine while one page holds every post', () => {
    expect(run({ paginate_path: 5, paginate: 10 }, [page('index.html', '/')]).result.pages).toHaveLength(1);
    expect(() => run({ paginate_path: true, paginate: 10 })).toThrow("undefined method `[]' for true:TrueClass");
  });

  test('paginate: 0 with no post is NaN; a negative one makes no pages', () => {
    const ctx = pluginContext(site(config({ paginate: 0, paginate_path: '/blog/page:num/' }), { posts: [], pages }));
    expect(() => paginatePlugin.generate!(ctx)).toThrow('NaN (FloatDomainError)');
    expect(run({ paginate: -1 }).result.pages ?? []).toEqual([]);
  });
});

// Jekyll 4.3.1 with jekyll-paginate 1.1.0: pages 2+ are Page.new of <Page#dir>index.html, here
// home/index.html (the template's permalink), which does not exist: "Error reading file", no front
// matter, no content, yet the copy's data answers with the front matter defaults of that path, so
// blog/p2/index.html is the default layout around nothing: `[|2|]`.
test('a pager whose file is missing still takes the front matter defaults (a default layout)', async () => {
  const r = await renderSite({
    source: memorySource({
      '_config.yml': 'plugins: [jekyll-paginate]\npaginate: 1\npaginate_path: /blog/p:num/\ndefaults:\n  - scope: {path: ""}\n    values: {layout: wrap}\n',
      'index.html': '---\npermalink: /home/\nlayout: null\n---\n{{ paginator.page }}\n',
      '_layouts/wrap.html': '---\n---\n[{{ content }}|{{ paginator.page }}|{{ page.title }}]\n',
      '_posts/2020-01-01-a.md': '---\ntitle: A\n---\na\n',
      '_posts/2020-01-02-b.md': '---\ntitle: B\n---\nb\n',
    }),
    env: FIXED_ENV,
  });
  const out = (p: string) => String(r.files.find((f) => f.path === p)?.contents);
  expect(out('home/index.html')).toBe('1\n');
  expect(out('blog/p2/index.html')).toBe('[|2|]\n');
  expect(r.diagnostics.some((d) => /^Error reading file .*home\/index\.html: No such file or directory/.test(d.message))).toBe(true);
});
