// page_excerpts: true (Jekyll 4.1's Page#generate_excerpt, page.rb and page_excerpt.rb), as
// Jekyll 4.3.1 makes them (fixture feat23-page-excerpts holds the rendered cases).
import { memorySource, renderSite } from '../../lib/index.js';
import { parsePage } from '../../lib/read/parse-page.js';

const config = { page_excerpts: true, excerpt_separator: '\n\n', markdown_ext: 'md' };
const page = (text: string, path = 'a.md', extra: Record<string, unknown> = {}) => parsePage(text, { path, config: { ...config, ...extra } });

test('an HTML page gets the text before the separator; no page_excerpts, no excerpt', () => {
  expect(page('---\n---\nOne.\n\nTwo.\n').excerptSource).toBe('One.');
  expect(parsePage('---\n---\nOne.\n\nTwo.\n', { path: 'a.md', config: { excerpt_separator: '\n\n' } }).excerptSource).toBeUndefined();
  expect(page('---\n---\nOne.\n\nTwo.\n', 'a.md', { page_excerpts: false }).excerptSource).toBeUndefined();
});

test('only HTML output: not feed.xml, nor a page whose own permalink names another extension', () => {
  expect(page('---\n---\n<a/>\n\n<b/>\n', 'feed.xml').excerptSource).toBeUndefined();
  expect(page('---\npermalink: /a.txt\n---\nOne.\n\nTwo.\n').excerptSource).toBeUndefined();
  expect(page('---\n---\n<p>x</p>\n\n<p>y</p>\n', 'b.html').excerptSource).toBe('<p>x</p>');
});

test('the front matter decides, not the defaults (Page#initialize runs it before they answer)', () => {
  const defaults = { excerpt_separator: '<!--more-->', excerpt: 'from defaults' };
  const p = parsePage('---\n---\nOne.\n\nTwo.\n<!--more-->\nThree.\n', { path: 'a.md', config, defaults });
  expect(p.excerptSource).toBe('One.');
  expect(page('---\nexcerpt_separator: "<!--more-->"\n---\nOne.\n\nTwo.\n<!--more-->\nThree.\n').excerptSource).toBe('One.\n\nTwo.\n');
  // data["excerpt"] ||= : a given one stays, a false one does not
  expect(page('---\nexcerpt: Mine\n---\nOne.\n\nTwo.\n').excerptSource).toBeUndefined();
  expect(page('---\nexcerpt: false\n---\nOne.\n\nTwo.\n').excerptSource).toBe('One.');
  expect(page('---\nexcerpt_separator: ""\n---\nOne.\n\nTwo.\n').excerptSource).toBeUndefined();
});

test('an excerpt that lists the excerpts of site.pages stops with Ruby\'s "stack level too deep"', async () => {
  const source = memorySource({
    '_config.yml': 'page_excerpts: true\n',
    'list.html': '---\n---\n{% for p in site.pages %}{{ p.excerpt }}{% endfor %}\n',
  });
  await expect(renderSite({ source, env: {} })).rejects.toThrow('Liquid Exception: stack level too deep in list.html/#excerpt');
});

// Page#to_liquid reads Page#excerpt, which renders the excerpt: inside that excerpt, every way a
// template turns the page into its hash recurses (Jekyll 4.3.1, each case checked), not only
// reading `excerpt`; the ways that keep the raw Page (inspect, array_to_sentence_string) do not.
test.each([
  ['a loop reading another key', '{% for p in site.pages %}{{ p.content | size }}{% endfor %}'],
  ['a sort by property', '{{ site.pages | sort: "title" | size }}'],
  ['uniq', '{{ site.pages | uniq | size }}'],
  ['a comparison', '{% if site.pages.first == page %}eq{% endif %}'],
  ['where', '{{ site.pages | where: "title", "A" | size }}'],
  ['jsonify of its own page (a PageExcerpt, whose to_liquid holds it again)', '{{ page | jsonify }}'],
])('an excerpt that turns its own page into Liquid (%s) stops with "stack level too deep"', async (_, liquid) => {
  const source = memorySource({ '_config.yml': 'page_excerpts: true\n', 'a.md': `---\ntitle: A\n---\nA: ${liquid}\n\nrest\n` });
  await expect(renderSite({ source, env: {} })).rejects.toThrow('Liquid Exception: stack level too deep in a.md/#excerpt');
});

// A post's excerpt: its `page` (ExcerptDrop) delegates output to Excerpt#output, nil while the
// excerpt renders, so reading it renders the excerpt again (Jekyll 4.3.1, each case checked):
// Jekyll logs the excerpt's path, then stops on the template that read the excerpt.
test.each([
  ['page.output', '{{ page.output }}', 'index.md'],
  ['its to_s', '{{ page }}', 'index.md'],
  // the post's own jsonify and inspect read its excerpt first (DocumentDrop#to_h)
  ['jsonify', '{{ page | jsonify }}', '_posts/2024-01-01-a.md'],
  ['inspect', '{{ page | inspect }}', '_posts/2024-01-01-a.md'],
])('a post excerpt that prints its own output (%s) stops with "stack level too deep"', async (_, liquid, failing) => {
  const source = memorySource({ '_posts/2024-01-01-a.md': `---\n---\nA [${liquid}]\n\nrest\n`, 'index.md': '---\n---\nx {{ site.posts.first.excerpt }}\n' });
  const failure = await renderSite({ source, env: {} }).then(() => undefined, (e: unknown) => e as { message: string; diagnostics?: Array<{ level: string; message: string }> });
  expect(failure?.message).toMatch(new RegExp(`^Liquid Exception: stack level too deep in (?:\\(memory\\)/)?${failing.replace(/\./g, '\\.')}$`));
  expect(failure?.diagnostics?.filter((d) => d.level === 'error').map((d) => d.message)).toEqual([
    expect.stringMatching(/^Liquid Exception: stack level too deep in (?:\(memory\)\/)?_posts\/2024-01-01-a\.md\/#excerpt$/),
  ]);
});

test('a post excerpt reading page.excerpt (nil in its ExcerptDrop) or page.content does not recurse', async () => {
  const source = memorySource({ '_posts/2024-01-01-a.md': '---\n---\nA [{{ page.excerpt }}+{{ page.content }}]\n\nrest\n', 'index.md': '---\n---\nx {{ site.posts.first.excerpt }}\n' });
  const { files } = await renderSite({ source, env: {}, write: false });
  expect(String(files.find((f) => f.path === 'index.html')?.contents)).toBe('<p>x &lt;p&gt;A [+A [{{ page.excerpt }}+{{ page.content }}]]&lt;/p&gt;</p>\n\n');
});

test('inspect and array_to_sentence_string keep the raw Pages: no recursion; a Page prints its content (Convertible#to_s)', async () => {
  const source = memorySource({
    '_config.yml': 'page_excerpts: true\n',
    'a.md': '---\ntitle: A\n---\nA: {{ site.pages | inspect }}\n\nrest\n',
    'b.md': '---\ntitle: B\n---\nB: {{ site.pages | array_to_sentence_string: "or" }}\n\nrest\n',
    'c.md': '---\n---\nC {{ site.pages }}\n',
  });
  const { files } = await renderSite({ source, env: {}, write: false });
  const out = (path: string) => String(files.find((f) => f.path === path)?.contents);
  expect(out('a.html')).toContain('<p>A: [#&lt;Jekyll::Page @relative_path="a.md"&gt;, #&lt;Jekyll::Page @relative_path="b.md"&gt;, #&lt;Jekyll::Page @relative_path="c.md"&gt;]</p>');
  // rendered in turn: a.md's content is converted when b.md prints it, b.md's own source
  expect(out('b.html')).toBe(
    '<p>B: &lt;p&gt;A: [#&lt;Jekyll::Page @relative_path=”a.md”&gt;, #&lt;Jekyll::Page @relative_path=”b.md”&gt;, #&lt;Jekyll::Page @relative_path=”c.md”&gt;]&lt;/p&gt;</p>\n\n' +
      '<p>rest</p>\n<p>, B: {{ site.pages | array_to_sentence_string: “or” }}</p>\n\n<p>rest\n, or C {{ site.pages }}</p>\n\n<p>rest</p>\n',
  );
  expect(out('c.html')).toMatch(/^<p>C &lt;p&gt;A: \[#&lt;Jekyll::Page/);
});

test('the rendered site model carries each page\'s excerpt', async () => {
  const source = memorySource({
    '_config.yml': 'page_excerpts: true\n',
    'about.md': '---\ntitle: About\n---\nHello *{{ page.title }}*.\n\nMore.\n',
  });
  const { site } = await renderSite({ source, env: {} });
  expect(site.pages.find((p) => p.relativePath === 'about.md')?.excerpt).toBe('<p>Hello <em>About</em>.</p>\n');
});

test('an excerpt given closing tags is said once, as Excerpt#print_build_warning does (posts and pages)', async () => {
  const text = '---\n---\n{% if true %}\nOne.\n\nTwo.\n{% endif %}\n';
  const source = memorySource({ '_config.yml': 'page_excerpts: true\n', 'a.md': text, '_posts/2024-01-01-b.md': text, 'c.md': '---\n---\n{% if true %}One.{% endif %}\n\nTwo.\n' });
  const { diagnostics } = await renderSite({ source, env: {} });
  const said = diagnostics.filter((d) => d.message.startsWith('Excerpt modified'));
  expect(said.map((d) => d.file).sort()).toEqual(['_posts/2024-01-01-b.md', 'a.md']);
  // five warnings in Jekyll, the first with the topic `Warning:`, the others with none (printed after 20 spaces)
  expect(said[0]!.message).toBe(`Excerpt modified in ${said[0]!.file}!`);
  expect(said[0]!.more).toEqual([
    'Found a Liquid block containing the excerpt separator "\\n\\n".',
    'The block has been modified with the appropriate closing tag.',
    'Feel free to define a custom excerpt or excerpt_separator in the',
    "document's Front Matter if the generated excerpt is unsatisfactory.",
  ]);
});

test('an excerpt that fails inside another render: that render names its own file with the excerpt\'s message (Jekyll 4.3.1)', async () => {
  const source = memorySource({
    '_config.yml': 'page_excerpts: true\n',
    '_layouts/post.html': '{{ content }}\n{% for p in site.pages %}{{ p.excerpt }}{% endfor %}\n',
    '_posts/2024-01-01-a.md': '---\nlayout: post\n---\nx\n',
    'page.md': '---\n---\nline one\n{{ "a" | divided_by: 0 }}\n\nmore\n',
  });
  await expect(renderSite({ source, env: {} })).rejects.toThrow(/^Liquid Exception: Liquid error \(line 2\): divided by 0 in (?:\(memory\)\/)?_layouts\/post\.html$/);
});

// Renderer#render_liquid logs each failing render's line before it raises again: Jekyll 4.3.1 prints
// "Liquid Exception: Liquid error (line 1): divided by 0 in <source>/_posts/2020-01-01-a.md/#excerpt"
// first (Excerpt#path), then the layout's line, the error the build stops with.
test('an excerpt that fails inside another render logs its own line (Excerpt#path) before the error', async () => {
  const source = memorySource({
    '_layouts/default.html': '{{ content }}\n[{{ page.excerpt }}]\n',
    '_posts/2020-01-01-a.md': '---\nlayout: default\n---\nA {% if page.path contains "#excerpt" %}{{ 1 | divided_by: 0 }}{% endif %}\n',
  });
  const failure = await renderSite({ source, env: {} }).then(() => undefined, (e: unknown) => e as { message: string; diagnostics?: Array<{ level: string; message: string }> });
  expect(failure?.message).toMatch(/^Liquid Exception: Liquid error \(line 1\): divided by 0 in (?:\(memory\)\/)?_layouts\/default\.html$/);
  expect(failure?.diagnostics?.filter((d) => d.level === 'error').map((d) => d.message)).toEqual([
    expect.stringMatching(/^Liquid Exception: Liquid error \(line 1\): divided by 0 in (?:\(memory\)\/)?_posts\/2020-01-01-a\.md\/#excerpt$/),
  ]);
});
