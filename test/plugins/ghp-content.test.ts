// jekyll-titles-from-headings, jekyll-default-layout and jekyll-relative-links:
// what they change in pages and documents.
import { stripTitle, titleFromHeading } from '../../lib/plugins/titles-from-headings/plugin.js';
import { cgiUnescape, pathFromRoot, replaceLinks } from '../../lib/plugins/relative-links/links.js';
import { transformSite } from '../../lib/plugins/transform.js';
import type { KyllPlugin, SiteTransformContext } from '../../lib/plugins/plugin.js';
import type { Site, SiteConfig } from '../../lib/types.js';
import { pluginOption } from '../../lib/plugins/shared/documents.js';
import { build, output, paths, warnings } from './ghp-helpers.js';

const md = (s: string): string => `<p>${s}</p>\n`;

describe('jekyll-titles-from-headings', () => {
  test.each([
    ['# Title', 'Title'],
    ['\n\n## Two ##', 'Two ##'],
    ['#### Four', undefined],
    ['Setext\n===', 'Setext'],
    ['Para\nline two', undefined],
    ['#\nnext line', 'next line'],
    // the footnote mark goes after normalize_whitespace, so its space stays
    ['# a <b>b</b>  c [^1]', 'a b c '],
  ])('%j → %j', (content, title) => {
    expect(titleFromHeading(content, md)).toBe(title);
  });

  test('strip_title removes the heading and the blank lines around', () => {
    expect(stripTitle('\n# Title\n\nBody\n\n')).toBe('Body');
  });

  test('pages without a title get one; posts only with collections: true; unknown options are silent', async () => {
    const files = {
      '_layouts/t.html': '[{{ page.title }}]{{ content }}',
      'a.md': '---\nlayout: t\n---\n# Heading A\n\nBody\n',
      'b.md': '---\nlayout: t\ntitle: Own\n---\n# Heading B\n',
      '_posts/2024-01-01-p.md': '---\nlayout: t\n---\n# Post heading\n',
    };
    const plain = await build({ ...files, '_config.yml': 'plugins: [jekyll-titles-from-headings]\ntitles_from_headings: { strip: true }\n' });
    expect(output(plain, 'a.html')).toBe('[Heading A]<h1 id="heading-a">Heading A</h1>\n\n<p>Body</p>\n');
    expect(output(plain, 'b.html')).toMatch(/^\[Own\]/);
    expect(output(plain, '2024/01/01/p.html')).toMatch(/^\[P\]/);
    // the gem reads its options with `site.config[KEY][key]` and logs nothing (jekyll-titles-from-headings 0.5.3)
    expect(warnings(plain)).toEqual([]);
    const all = await build({ ...files, '_config.yml': 'plugins: [jekyll-titles-from-headings]\ntitles_from_headings: { collections: true, strip_title: true }\n' });
    expect(output(all, '2024/01/01/p.html')).toBe('[Post heading]\n');
    expect(output(all, 'a.html')).toBe('[Heading A]<p>Body</p>\n');
  });

  // #strip_title? asks data.key?("strip_title"): a Page's front matter defaults answer through its
  // data's default_proc, which key? does not ask, so a default `strip_title: false` leaves the site's
  // `true` in force for pages; a document's defaults are merged into its data and count (Jekyll 4.3.1).
  test("a default strip_title is a document's, not a page's", async () => {
    const r = await build({
      '_config.yml': 'plugins: [jekyll-titles-from-headings]\ntitles_from_headings: { collections: true, strip_title: true }\ncollections: { docs: { output: true } }\ndefaults:\n  - scope: { path: "" }\n    values: { strip_title: false, layout: t }\n',
      '_layouts/t.html': '[{{ page.title }}|{{ page.strip_title }}]{{ content }}',
      'a.md': '---\n---\n# Heading A\n\nBody\n',
      'own.md': '---\nstrip_title: false\n---\n# Own\n',
      '_docs/d.md': '---\n---\n# Doc\n',
    });
    expect(output(r, 'a.html')).toBe('[Heading A|false]<p>Body</p>\n');
    expect(output(r, 'own.html')).toBe('[Own|false]<h1 id="own">Own</h1>\n');
    expect(output(r, 'docs/d.html')).toBe('[Doc|false]<h1 id="doc">Doc</h1>\n');
  });
});

describe('jekyll-default-layout', () => {
  const layouts = (names: string[]) => Object.fromEntries(names.map((n) => [`_layouts/${n}.html`, `${n}:{{ content }}`]));
  const files = { 'index.md': '---\n---\ni', 'a.md': '---\n---\na', 'n.md': '---\nlayout: null\n---\nn', 'h.html': '---\n---\nh', '_posts/2024-01-01-p.md': '---\n---\np' };

  test('home for /, page for pages, post for posts, else default; a layout given (even null) stays', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-default-layout]\n', ...files, ...layouts(['home', 'page', 'post', 'default']) });
    expect([output(r, 'index.html'), output(r, 'a.html'), output(r, 'n.html'), output(r, 'h.html'), output(r, '2024/01/01/p.html')]).toEqual([
      'home:<p>i</p>\n', 'page:<p>a</p>\n', '<p>n</p>\n', 'h', 'post:<p>p</p>\n',
    ]);
    const fallback = await build({ '_config.yml': 'plugins: [jekyll-default-layout]\n', ...files, ...layouts(['default']) });
    expect(output(fallback, 'index.html')).toBe('default:<p>i</p>\n');
    expect(output(fallback, '2024/01/01/p.html')).toBe('default:<p>p</p>\n');
  });
});

describe('jekyll-relative-links', () => {
  // Checked against the gem's LINK_REGEX in Ruby: a single-quoted title is not one (it ends up in the fragment).
  test('the link scanner: inline, titles, fragments, reference definitions', () => {
    const seen: string[] = [];
    const out = replaceLinks('[a](x.md "T") [b](y.md#f) ![i](p.png)\n  [r]: z.md#g \'t\'\n[n](#only)', (l) => {
      seen.push(`${l.type}:${l.path}|${l.fragment ?? ''}|${l.title ?? ''}`);
      return l.path.startsWith('#') ? undefined : `/${l.path}`;
    });
    expect(seen).toEqual(['inline:x.md|| "T"', 'inline:y.md|#f|', 'inline:p.png||', "reference:z.md|#g 't'|", 'inline:#only||']);
    expect(out).toBe('[a](/x.md "T") [b](/y.md#f) ![i](/p.png)\n\n[r]: /z.md#g \'t\'\n[n](#only)');
  });

  test('paths resolve from the linking file, never above the site', () => {
    expect(pathFromRoot('../a.md', '_posts')).toBe('a.md');
    expect(pathFromRoot('/b/c.md', 'x/y')).toBe('b/c.md');
    expect(pathFromRoot('./d/', '.')).toBe('d');
    expect(pathFromRoot('../../e.md', 'x')).toMatch(/^\/.*e\.md$/);
    expect(cgiUnescape('a%20b+c%zz')).toBe('a b c%zz');
  });

  // File.expand_path takes a leading `~` (also after the `/` of an absolute link is dropped, and in
  // the linking file's folder) as a home folder; `~name` of an unknown user raises ArgumentError.
  test('a `~` path is a home folder; an unknown `~name` is an error', () => {
    const home = (user?: string): string | undefined => ({ '': '/home/me', bob: '/home/bob' })[user ?? ''];
    expect(pathFromRoot('~/a.md', 'x', home)).toBe('/home/me/a.md');
    expect(pathFromRoot('~', '.', home)).toBe('/home/me');
    expect(pathFromRoot('/~bob/docs/../a.md', 'x', home)).toBe('/home/bob/a.md');
    expect(pathFromRoot('~bob/site/a.md', '.', home, '/home/bob/site')).toBe('a.md');
    // File.expand_path climbs the real folders: out of the site and back into it by its name
    expect(pathFromRoot('../site/a.md', '.', home, '/home/bob/site')).toBe('a.md');
    expect(pathFromRoot('../../site/x/b.md', 'x', home, '/home/bob/site/')).toBe('x/b.md');
    expect(pathFromRoot('/../site/c.md', 'x', home, '/home/bob/site')).toBe('c.md');
    expect(pathFromRoot('../other/a.md', '.', home, '/home/bob/site')).toBe('/home/bob/other/a.md');
    expect(pathFromRoot('../site/a.md', '.', home, '(memory)')).toMatch(/^\/.*site\/a\.md$/);
    expect(pathFromRoot('a/~zz.md', 'x', home)).toBe('x/a/~zz.md');
    expect(pathFromRoot('a.md', '~bob/d', home)).toBe('/home/bob/d/a.md');
    expect(() => pathFromRoot('~zz/a.md', '.', home)).toThrow("user zz doesn't exist");
    expect(() => pathFromRoot('~~x y [z](..', '.', home)).toThrow("user ~x y [z](.. doesn't exist");
    expect(() => pathFromRoot('a.md', '~zz', home)).toThrow("user zz doesn't exist");
    expect(() => pathFromRoot('/a.md', '~zz', home)).not.toThrow();
  });

  test('a link to `~name` of no such user stops the build, naming the file', async () => {
    const files = { 'b.md': '---\n---\nb\n', 'a.md': '---\n---\n[b](b.md) [h](~/b.md) [x](#~y)\n' };
    const ok = await build({ ...files, '_config.yml': 'plugins: [jekyll-relative-links]\n' });
    expect(output(ok, 'a.html')).toBe('<p><a href="/b.html">b</a> <a href="~/b.md">h</a> <a href="#~y">x</a></p>\n');
    const bad = { ...files, 'c.md': '[u](~no-such-user-kyll/c.md)\n' };
    await expect(build({ ...bad, '_config.yml': 'plugins: [jekyll-relative-links, jekyll-optional-front-matter]\n' })).rejects.toMatchObject({
      message: expect.stringContaining("user no-such-user-kyll doesn't exist"),
    });
  });

  test('links in pages point at the output; posts are left alone unless collections: true', async () => {
    const files = {
      'a.md': '---\n---\n[b](b.md) [p](_posts/2024-01-01-p.md) [x](https://x.org/b.md) [m](missing.md)\n',
      'b.md': '---\n---\nb\n',
      '_posts/2024-01-01-p.md': '---\n---\n[b](../b.md)\n',
    };
    const r = await build({ ...files, '_config.yml': 'baseurl: /base\nplugins: [jekyll-relative-links]\n' });
    expect(output(r, 'a.html')).toBe('<p><a href="/base/b.html">b</a> <a href="/base/2024/01/01/p.html">p</a> <a href="https://x.org/b.md">x</a> <a href="missing.md">m</a></p>\n');
    expect(output(r, '2024/01/01/p.html')).toBe('<p><a href="../b.md">b</a></p>\n');
    const all = await build({ ...files, '_config.yml': 'plugins: [jekyll-relative-links]\nrelative_links: { collections: true }\n' });
    expect(output(all, '2024/01/01/p.html')).toBe('<p><a href="/b.html">b</a></p>\n');
    const off = await build({ ...files, '_config.yml': 'plugins: [jekyll-relative-links]\nrelative_links: { enabled: false, exclude: [a.md] }\n' });
    expect(output(off, 'a.html')).toContain('href="b.md"');
  });

  // #replace_relative_links_excerpt! gives a page with a front matter excerpt a Jekyll::Excerpt, which
  // Page#excerpt renders when first read: Excerpt#render_with_liquid? forwards yaml_file? to the
  // Page, which has none (outputs from Jekyll 4.3.1). A generator before it that read the page's
  // to_liquid (jekyll-redirect-from, jekyll-default-layout) memoized the front matter's excerpt.
  test("a page's front matter excerpt: Jekyll's Excerpt of the page, which stops the build unless Liquid is off", async () => {
    const files = {
      '_layouts/l.html': '[{{ page.excerpt }}]{{ content }}',
      'a.md': '---\nlayout: l\nexcerpt: Given\nrender_with_liquid: false\n---\nFirst [b](b.md) {{ x }}\n\nSecond\n',
      'b.md': '---\nlayout: l\nexcerpt: false\n---\nb\n',
    };
    const r = await build({ ...files, '_config.yml': 'plugins: [jekyll-relative-links]\n' });
    expect(output(r, 'a.html')).toBe('[<p>First <a href="/b.html">b</a> {{ x }}</p>\n]<p>First <a href="/b.html">b</a> {{ x }}</p>\n\n<p>Second</p>\n');
    expect(output(r, 'b.html')).toBe('[false]<p>b</p>\n');
    const withC = { ...files, 'c.md': '---\nlayout: l\nexcerpt: Given\n---\nc\n' };
    await expect(build({ ...withC, '_config.yml': 'plugins: [jekyll-relative-links]\n' })).rejects.toMatchObject({ message: expect.stringContaining('undefined method `yaml_file?\' for #<Jekyll::Page @relative_path="c.md">') });
    const read = await build({ ...withC, '_config.yml': 'plugins: [jekyll-redirect-from, jekyll-relative-links]\n' });
    expect(output(read, 'a.html')).toBe('[Given]<p>First <a href="/b.html">b</a> {{ x }}</p>\n\n<p>Second</p>\n');
    expect(output(read, 'c.html')).toBe('[Given]<p>c</p>\n');
    // `page_excerpts: true` puts a PageExcerpt in every HTML page's data: it is replaced the same way
    const pe = 'plugins: [jekyll-relative-links]\npage_excerpts: true\n';
    const plain = { ...files, 'b.md': '---\nlayout: l\nrender_with_liquid: false\n---\nb\n', 'c.html': '---\nlayout: l\nrender_with_liquid: false\n---\nc\n' };
    const made = await build({ ...plain, '_config.yml': pe });
    expect([output(made, 'b.html'), output(made, 'c.html')]).toEqual(['[<p>b</p>\n]<p>b</p>\n', '[c\n]c\n']);
    await expect(build({ ...plain, 'd.md': '---\nlayout: l\n---\nd\n', '_config.yml': pe })).rejects.toMatchObject({ message: expect.stringContaining('#<Jekyll::Page @relative_path="d.md">') });
  });

  // #excluded? hands a truthy `exclude` to EntryFilter#glob_include?, which calls `any?` on it (Jekyll 4.3.1).
  test('an `exclude` that is no list stops the build at the first Markdown file', async () => {
    const files = { 'a.md': '---\n---\n[b](b.md)\n', 'b.md': '---\n---\nb\n' };
    const config = (exclude: string) => `plugins: [jekyll-relative-links]\nrelative_links: { exclude: ${exclude} }\n`;
    await expect(build({ ...files, '_config.yml': config('"a.md"') })).rejects.toMatchObject({ message: 'undefined method `any?\' for "a.md":String' });
    await expect(build({ ...files, '_config.yml': config('5') })).rejects.toMatchObject({ message: "undefined method `any?' for 5:Integer" });
    expect(output(await build({ ...files, '_config.yml': config('false') }), 'a.html')).toContain('href="/b.html"');
  });
});

describe('the option hashes of relative-links, titles-from-headings, optional-front-matter, readme-index', () => {
  // Each gem's #option is `site.config[KEY] && site.config[KEY][key]` (checked with Jekyll 4.3.1, Ruby 3.1).
  test('`KEY: false` answers false for every key, so the plugin is off', async () => {
    const files = { 'a.md': '---\n---\n[b](b.md)\n', 'b.md': '---\n---\nb\n' };
    const off = await build({ ...files, '_config.yml': 'plugins: [jekyll-relative-links]\nrelative_links: false\n' });
    expect(output(off, 'a.html')).toBe('<p><a href="b.md">b</a></p>\n');
    expect(warnings(off)).toEqual([]);
    const readme = await build({ 'README.md': '# R\n', '_config.yml': 'plugins: [jekyll-readme-index]\nreadme_index: false\n' });
    expect(paths(readme)).not.toContain('index.html');
  });

  test.each([
    ['[enabled]', 'no implicit conversion of String into Integer'],
    ['5', 'no implicit conversion of String into Integer'],
    ['true', "undefined method `[]' for true:TrueClass"],
    ['1.5', "undefined method `[]' for 1.5:Float"],
  ])('a value %s that takes no String index stops the build as Ruby does', async (value, message) => {
    await expect(build({ 'a.md': '# A\n', '_config.yml': `plugins: [jekyll-titles-from-headings]\ntitles_from_headings: ${value}\n` })).rejects.toMatchObject({ message });
  });

  test('a String answers its substrings (String#[]), never true or false', () => {
    const config = { relative_links: 'no collections' } as unknown as SiteConfig;
    expect(pluginOption(config, 'relative_links', 'collections')).toBe('collections');
    expect(pluginOption(config, 'relative_links', 'enabled')).toBeUndefined();
  });
});

describe('plugins that edit the read site', () => {
  test('run by priority, highest first, in listed order within a priority', () => {
    const order: string[] = [];
    const plugin = (name: string, priority?: KyllPlugin['priority']): KyllPlugin => ({ name, priority, transformSite: (s) => (order.push(name), s) });
    transformSite({} as Site, [plugin('low', 'low'), plugin('a'), plugin('lowest', 'lowest'), plugin('b'), plugin('high', 'highest')], {} as SiteTransformContext);
    expect(order).toEqual(['high', 'a', 'b', 'low', 'lowest']);
  });
});
