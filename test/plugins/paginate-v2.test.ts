// jekyll-paginate-v2 beyond its fixture site: configuration errors and warnings, and
// the offset rule (P3 P2 P1 is what real Jekyll wrote for the same site).
import { memorySource, renderSite } from '../../lib/index.js';

const build = (config: string, files: Record<string, string> = {}) =>
  renderSite({ source: memorySource({ '_config.yml': `plugins: [jekyll-paginate-v2]\n${config}`, ...files }), env: { TZ: 'UTC' } });

test('the old paginate: setting is an error, alone (expired compatibility mode) or with pagination:', async () => {
  await expect(build('paginate: 5\n')).rejects.toThrow('Legacy jekyll-paginate configuration compatibility mode has expired.');
  await expect(build('paginate: 5\npagination: {enabled: true}\n')).rejects.toThrow('cannot both be configured');
});

// The gem deep-merges `pagination:` over its defaults and reads only the keys it knows: others
// (prev_text, next_text, a misspelt per_page) pass without a word (Jekyll 4.3.1, paginate-v2 3.0.0).
test('enabled without a pagination page warns; unknown options are silent', async () => {
  const r = await build('pagination: {enabled: true, per_pgae: 3, prev_text: Prev, next_text: Next}\n', { 'index.html': '---\n---\nx' });
  const messages = r.diagnostics.map((d) => d.message);
  expect(messages.filter((m) => /per_pgae|prev_text|next_text/.test(m))).toEqual([]);
  expect(messages).toHaveLength(1);
  expect(messages.some((m) => m.startsWith("Pagination: Is enabled, but I couldn't find any pagination page."))).toBe(true);
});

test('offset drops documents from the end of the sorted list, before sort_reverse', async () => {
  const posts = Object.fromEntries([1, 2, 3, 4].map((i) => [`_posts/2024-01-0${i}-p${i}.md`, `---\ntitle: P${i}\n---\n`]));
  const r = await build('pagination: {enabled: true, offset: 1, sort_reverse: true}\n', {
    ...posts,
    'index.html': '---\npagination: {enabled: true}\n---\n{% for p in paginator.posts %}{{ p.title }} {% endfor %}',
  });
  expect(Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('P3 P2 P1 ');
});

test('category names match as String#downcase makes them (Σ is σ: ΑΣ is the category ασ)', async () => {
  const r = await build('pagination: {enabled: true}\n', {
    '_posts/2024-01-01-p1.md': '---\ntitle: P1\ncategories: ΑΣ\n---\n',
    '_posts/2024-01-02-p2.md': '---\ntitle: P2\ncategories: x\n---\n',
    'index.html': '---\npagination: {enabled: true, category: ασ}\n---\n{% for p in paginator.posts %}{{ p.title }} {% endfor %}',
  });
  // Jekyll 4.3.1 + jekyll-paginate-v2 3.0.0 wrote "P1 "
  expect(Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('P1 ');
});

test('an autopage layout that is not in _layouts warns as read_yaml does; its pages have no layout and no text', async () => {
  const r = await build('autopages: {enabled: true, tags: {layouts: [gone.html]}, categories: {enabled: false}, collections: {enabled: false}}\npagination: {enabled: true}\n', {
    '_posts/2024-01-01-a.md': '---\ntags: [x]\n---\n',
  });
  expect(r.diagnostics.map((d) => d.message)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Error reading file .*_layouts\/gone\.html: No such file or directory @ rb_sysopen - .*_layouts\/gone\.html$/)]),
  );
  expect(Buffer.from(r.files.find((f) => f.path === 'tag/x/index.html')!.contents).toString()).toBe('');
});

test("an autopage layout found only in the theme is not read (BaseAutoPage reads the site's _layouts): a warning, and none of its front matter", async () => {
  const r = await renderSite({
    source: memorySource({
      '_config.yml': 'plugins: [jekyll-paginate-v2]\nautopages: {enabled: true, tags: {layouts: [tagged.html]}, categories: {enabled: false}, collections: {enabled: false}}\npagination: {enabled: true}\n',
      '_posts/2024-01-01-a.md': '---\ntags: [x]\n---\n',
    }),
    theme: memorySource({ '_layouts/tagged.html': '---\ntitle: From the theme\n---\n[{{ page.title }}]' }),
    env: { TZ: 'UTC' },
  });
  expect(r.diagnostics.some((d) => /^Error reading file .*_layouts\/tagged\.html: No such file or directory/.test(d.message))).toBe(true);
  expect(Buffer.from(r.files.find((f) => f.path === 'tag/x/index.html')!.contents).toString()).toBe('[Posts tagged with x]');
});

// PaginationPage sets no @dir, so Page#relative_path is its name alone: Jekyll 4.3.1 warns
// "Build Warning: Layout 'nolayout' requested in .html does not exist." once per pager (autopages
// too) and names a Liquid error "in .html"; `indexpage: idx` makes it `idx.html`.
test('warnings and Liquid errors name a pagination page by its name alone', async () => {
  const posts = { '_posts/2024-01-01-a.md': '---\ntags: [x]\n---\n', '_posts/2024-01-02-b.md': '---\ntags: [x]\n---\n' };
  const r = await build('pagination: {enabled: true, per_page: 1}\n', { ...posts, 'index.html': '---\npagination: {enabled: true}\nlayout: nolayout\n---\n{{ paginator.page }}' });
  expect(r.diagnostics.map((d) => d.message).filter((m) => m.startsWith('Build Warning'))).toEqual(Array(2).fill("Build Warning: Layout 'nolayout' requested in .html does not exist."));
  const named = await build('pagination: {enabled: true, indexpage: idx}\n', { ...posts, 'index.html': '---\npagination: {enabled: true}\nlayout: nolayout\n---\n' });
  expect(named.diagnostics.map((d) => d.message)).toContain("Build Warning: Layout 'nolayout' requested in idx.html does not exist.");
  await expect(build('pagination: {enabled: true}\n', { ...posts, 'index.html': '---\npagination: {enabled: true}\n---\n{{ 1 | divided_by: 0 }}' })).rejects.toThrow(
    'Liquid Exception: Liquid error (line 1): divided by 0 in .html',
  );
});

// Checked with Jekyll 4.3.1 + jekyll-paginate-v2 3.0.0: Utils.calculate_number_of_pages is
// (size.to_f / per_page.to_i).ceil.
test('a negative per_page makes no page at all (the template is gone); 0 stops the build', async () => {
  const posts = Object.fromEntries([1, 2, 3].map((i) => [`_posts/2024-01-0${i}-p${i}.md`, `---\ntitle: P${i}\n---\n`]));
  const index = { 'index.html': '---\npagination: {enabled: true}\n---\n{{ paginator.total_pages }}' };
  const negative = await build('pagination: {enabled: true, per_page: -1}\n', { ...posts, ...index });
  expect(negative.files.map((f) => f.path).filter((p) => !p.startsWith('2024/'))).toEqual([]);
  // no document: 0.0 / -1 is -0.0, whose ceil is 0, and an empty series still has its one page
  const none = await build('pagination: {enabled: true, per_page: -1}\n', index);
  expect(Buffer.from(none.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('1');
  await expect(build('pagination: {enabled: true, per_page: 0}\n', { ...posts, ...index })).rejects.toThrow('Infinity (FloatDomainError)');
  await expect(build('pagination: {enabled: true, per_page: abc}\n', index)).rejects.toThrow('NaN (FloatDomainError)');
});

test('sort_field values Ruby cannot order stop the build as sort! does in Jekyll', async () => {
  const index = { 'index.html': '---\npagination: {enabled: true}\n---\n{% for p in paginator.posts %}{{ p.title }} {% endfor %}' };
  const two = (a: string, b: string) => ({ ...index, '_posts/2020-01-01-a.md': `---\ntitle: A\n${a}\n---\n`, '_posts/2020-01-02-b.md': `---\ntitle: B\n${b}\n---\n` });
  // Jekyll 4.3.1 + jekyll-paginate-v2 3.0.0: `true <=> false` is nil, and sort! raises
  await expect(build('pagination: {enabled: true, sort_field: featured}\n', two('featured: true', 'featured: false'))).rejects.toThrow(
    'jekyll-paginate-v2: comparison of Jekyll::Document with Jekyll::Document failed (ArgumentError)',
  );
  // a String compared with an Integer: utils.rb:90 calls downcase on both
  await expect(build('pagination: {enabled: true, sort_field: rank}\n', two('rank: x', 'rank: 1'))).rejects.toThrow(
    "jekyll-paginate-v2: undefined method `downcase' for 1:Integer (NoMethodError)",
  );
  // equal booleans, and nil against anything, do compare
  const r = await build('pagination: {enabled: true, sort_field: featured}\n', { ...two('featured: true', 'x: 1'), '_posts/2020-01-03-c.md': '---\ntitle: C\nfeatured: true\n---\n' });
  expect(Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('B A C ');
});

// Jekyll 4.3.1 + jekyll-paginate-v2 3.0.0: Utils.sort_get_post_data calls `has_key?` on each value
// along an `a:b` path, so a document whose `author` is text (or nil) under `sort_field: author:name`
// stops the build (NoMethodError); a missing key is nil. kyll sorted such a document first.
test('a sort_field path through a value that is no mapping stops the build', async () => {
  const index = { 'index.html': '---\npagination: {enabled: true}\n---\n{% for p in paginator.posts %}{{ p.title }} {% endfor %}' };
  const two = (a: string, b: string) => ({ ...index, '_posts/2020-01-01-a.md': `---\ntitle: A\n${a}\n---\n`, '_posts/2020-01-02-b.md': `---\ntitle: B\n${b}\n---\n` });
  const config = 'pagination: {enabled: true, sort_field: "author:name", sort_reverse: false}\n';
  await expect(build(config, two('author: {name: zed}', 'author: bob'))).rejects.toThrow(`jekyll-paginate-v2: undefined method \`has_key?' for "bob":String (NoMethodError)`);
  await expect(build(config, two('author: {name: zed}', 'author:'))).rejects.toThrow("jekyll-paginate-v2: undefined method `has_key?' for nil:NilClass (NoMethodError)");
  // a missing key ends the path (nil sorts first); one document alone is never compared
  const r = await build(config, two('author: {name: zed}', 'x: 1'));
  expect(Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('B A ');
  const one = await build(config, { ...index, '_posts/2020-01-01-a.md': '---\ntitle: A\nauthor: bob\n---\n' });
  expect(Buffer.from(one.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('A ');
});

// Jekyll 4.3.1 + jekyll-paginate-v2 3.0.0: get_docs_in_collections calls `each` on `collection` and
// `downcase` on each name, read_config_value_and_filter_posts `each` on category/tag/locale, and
// paginate `to_i` on offset and limit (String#to_i: "2 pages" is 2). kyll read the values it could
// and built where Jekyll stops; a text limit such as "2 pages" was no limit.
describe('pagination settings of the wrong kind stop the build; text numbers (offset, limit, per_page, trail) count as String#to_i reads them', () => {
  const posts = Object.fromEntries([1, 2, 3].map((i) => [`_posts/2024-01-0${i}-p${i}.md`, `---\ntitle: P${i}\ncategories: [a]\n---\n`]));
  const site = { ...posts, 'index.html': '---\npagination: {enabled: true}\n---\n{% for p in paginator.posts %}{{ p.title }}{% endfor %}|{{ paginator.total_pages }}' };
  test.each([
    ['collection: 5', "undefined method `each' for 5:Integer"],
    ['collection: {posts: x}', `undefined method \`downcase' for ["posts", "x"]:Array`],
    ['collection: [posts, 5]', "undefined method `downcase' for 5:Integer"],
    ['category: true', "undefined method `each' for true:TrueClass"],
    ['tag: 2019', "undefined method `each' for 2019:Integer"],
    ['limit: true', "undefined method `to_i' for true:TrueClass"],
    ['offset: [1]', "undefined method `to_i' for [1]:Array"],
    ['offset: false', "undefined method `to_i' for false:FalseClass"],
    ['per_page: false', "undefined method `to_i' for false:FalseClass"],
    ['trail: {before: true}', "undefined method `to_i' for true:TrueClass"],
  ])('%s', async (setting, message) => {
    await expect(build(`pagination: {enabled: true, per_page: 1, ${setting}}\n`, site)).rejects.toThrow(message);
  });
  test('limit: "2 pages" is 2; limit: false and category: {a: b} are no error', async () => {
    const text = (r: Awaited<ReturnType<typeof build>>) => Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString();
    expect(text(await build('pagination: {enabled: true, per_page: 1, limit: "2 pages"}\n', site))).toBe('P1|2');
    expect(text(await build('pagination: {enabled: true, per_page: 1, limit: false}\n', site))).toBe('P1|3');
    expect(text(await build('pagination: {enabled: true, per_page: "2 per"}\n', site))).toBe('P1P2|2');
    const trail = await build('pagination: {enabled: true, per_page: 1, trail: {before: "1x"}}\n', { ...site, 'index.html': '---\npagination: {enabled: true}\n---\n{{ paginator.page_trail | map: "num" | join: "," }}' });
    expect(Buffer.from(trail.files.find((f) => f.path === 'page2/index.html')!.contents).toString()).toBe('1,2');
    expect(text(await build('pagination: {enabled: true, per_page: 1, category: {a: b}}\n', site))).toBe('|1');
  });
});

// Jekyll 4.3.1 + jekyll-paginate-v2 3.0.0: AutoPages::Utils.ap_index_posts_by strips each tag (and
// category: merge_categories! keeps `categories: [2019]`'s Integer beside its "2019") as it is, and
// stops on one that is no text; kyll made a page for it.
test('autopages stop on a tag or category that is no text', async () => {
  const layouts = { '_layouts/autopage_tags.html': '---\n---\n{{ page.title }}', '_layouts/autopage_category.html': '---\n---\n{{ page.title }}' };
  const config = 'pagination: {enabled: true}\nautopages: {enabled: true, tags: {enabled: true}, categories: {enabled: true}}\n';
  for (const fm of ['tags: [x, 2019]', 'categories: [2019]', 'tags: [1.5]']) {
    await expect(build(config, { ...layouts, '_posts/2024-01-01-a.md': `---\n${fm}\n---\nx\n` })).rejects.toThrow(/jekyll-paginate-v2: undefined method `strip' for (2019:Integer|1\.5:Float) \(NoMethodError\)/);
  }
  // quoted, and a nil item (compacted away by Jekyll), they are pages
  const r = await build(config, { ...layouts, '_posts/2024-01-01-a.md': '---\ntags: ["2019", ~]\ncategories: ["2019"]\n---\nx\n' });
  expect(r.files.map((f) => f.path).filter((p) => p.startsWith('tag/') || p.startsWith('category/')).sort()).toEqual(['category/2019/index.html', 'tag/2019/index.html']);
});

// Jekyll 4.3.1 + jekyll-paginate-v2 3.0.0: TagAutoPage takes its slugify settings from the site's
// autopages.tags (a layout's `autopages:` front matter changes title and permalink, not slugify),
// and format_tag_macro calls has_key? on them: `slugify: raw` stops the build.
test('autopages slugify the site settings say, and stop on slugify settings that are no mapping', async () => {
  const post = { '_posts/2024-01-01-a.md': '---\ntags: ["Héllo Wörld"]\n---\nx\n' };
  const layout = '---\nautopages: {slugify: {mode: raw, cased: true}, title: "T :tag"}\n---\n{{ page.title }}';
  const r = await build('pagination: {enabled: true}\nautopages: {enabled: true, tags: {slugify: {mode: default}}}\n', { ...post, '_layouts/autopage_tags.html': layout });
  const page = r.files.find((f) => f.path.startsWith('tag/'))!;
  expect(page.path).toBe('tag/héllo-wörld/index.html');
  expect(Buffer.from(page.contents).toString()).toBe('T héllo-wörld');
  for (const [v, who] of [['raw', '"raw":String'], ['false', 'false:FalseClass']]) {
    await expect(build(`pagination: {enabled: true}\nautopages: {enabled: true, tags: {slugify: ${v}}}\n`, { ...post, '_layouts/autopage_tags.html': '---\n---\nx' })).rejects.toThrow(`undefined method \`has_key?' for ${who}`);
  }
});

// Jekyll 4.3.1 (jekyll-paginate-v2 3.0.0): create_autopages deep-merges `autopages` and `pagination`
// into its defaults on every build (Hash#merge!'s TypeError for any other value), and autopage_create
// indexes each autopages setting as a Hash; kyll built these sites as if the settings were absent.
describe('autopages and pagination settings that are no mapping stop the build', () => {
  const tagged = { '_posts/2024-01-01-a.md': '---\ntags: [a]\n---\nx\n', '_layouts/autopage_tags.html': '---\n---\n{{ page.title }}' };
  test.each([
    ['autopages: true', 'no implicit conversion of true into Hash'],
    ['autopages: [1]', 'no implicit conversion of Array into Hash'],
    ['pagination: "x"', 'no implicit conversion of String into Hash'],
    ['pagination: true', 'no implicit conversion of true into Hash'],
    ['autopages: {enabled: true, tags: true}', "undefined method `[]' for true:TrueClass"],
    ['autopages: {enabled: true, tags: false}', "undefined method `[]' for false:FalseClass"],
    ['autopages: {enabled: true, tags: 1.5}', "undefined method `[]' for 1.5:Float"],
    ['autopages: {enabled: true, tags: 5}', 'no implicit conversion of String into Integer'],
    ['autopages: {enabled: true, tags: [1]}', 'no implicit conversion of String into Integer'],
    ['autopages: {enabled: true, tags: "enabled"}', "undefined method `each' for nil:NilClass"],
  ])('%s', async (config, message) => {
    await expect(build(`${config}\n`, tagged)).rejects.toThrow(message);
  });

  test('nil and false are no setting; a String without "enabled" is a disabled one', async () => {
    for (const config of ['autopages: false', 'pagination: false', 'autopages: {enabled: true, tags: "x"}', 'autopages: {enabled: true, tags: ~}']) {
      await expect(build(`${config}\n`, tagged)).resolves.toBeDefined();
    }
  });
});

// PaginationModel#paginate: `config['indexpage'].split('.')[0]` is nil for "" (Ruby's split drops
// trailing empty fields), and `nil + indexPageExt` stops Jekyll 4.3.1 (NoMethodError). kyll took ""
// as the name and wrote dee/index. and dee/x2index.; ".x" gives the name "" and no error.
test('pagination.indexpage "" (or only dots) stops the build; a name after a dot does not', async () => {
  const page = (indexpage: string) => ({ 'index.html': `---\npagination: {enabled: true, indexpage: ${JSON.stringify(indexpage)}}\n---\n{{ page.url }}` });
  await expect(build('pagination: {enabled: true}\n', page(''))).rejects.toThrow("undefined method `+' for nil:NilClass");
  await expect(build('pagination: {enabled: true}\n', page('..'))).rejects.toThrow("undefined method `+' for nil:NilClass");
  const r = await build('pagination: {enabled: true}\n', page('.x'));
  expect(r.files.map((f) => f.path)).toEqual(['index.html']); // as Jekyll 4.3.1 wrote it
});

// jekyll-paginate-v2 calls String methods on these settings: Jekyll 4.3.1 stops on a number
// (format_page_title's sub, File.join, format_tag_macro's sub, trail['before']); kyll used its text.
test.each([
  ['pagination: {enabled: true, per_page: 1, title: 5}\n', "undefined method `sub' for 5:Integer"],
  ['pagination: {enabled: true, per_page: 1, permalink: 5}\n', 'no implicit conversion of Integer into String (TypeError)'],
  ['pagination: {enabled: true, per_page: 1, trail: 5}\n', 'no implicit conversion of String into Integer'],
  ['pagination: {enabled: true, per_page: 1}\nautopages: {enabled: true, tags: {title: 5}, categories: {enabled: false}, collections: {enabled: false}}\n', "undefined method `sub' for 5:Integer"],
])('%s stops the build', async (config, message) => {
  const posts = Object.fromEntries([1, 2].map((i) => [`_posts/2024-01-0${i}-p${i}.md`, `---\ntitle: P${i}\ntags: [a]\n---\n`]));
  const files = { ...posts, '_layouts/autopage_tags.html': '---\npagination: {enabled: true}\n---\n', 'index.html': '---\npagination: {enabled: true}\n---\n' };
  await expect(build(config, files)).rejects.toThrow(message);
});
