// jekyll-commonmark.rb#validate: an unknown option (after upcase) or extension (as written) is
// warned about once per build, options first, with the valid names; only when Markdown is converted.
import { commonmarkOptionWarnings } from '../../lib/markdown/commonmark/option-warnings.js';
import { memorySource, renderSite } from '../../lib/index.js';

const messages = (config: Record<string, unknown>): string[] => commonmarkOptionWarnings(config).map((d) => d.message.replace(/ \(Valid .*/, ''));

test('unknown and wrongly cased names, options first', () => {
  const config = { markdown: 'CommonMark', commonmark: { extensions: ['Table', 'tablez', 'autolink'], options: ['SMARTX', 'smart', 'unSafe'] } };
  expect(messages(config)).toEqual(['CommonMark: SMARTX is not a valid option', 'CommonMark: Table is not a valid extension', 'CommonMark: tablez is not a valid extension']);
  expect(commonmarkOptionWarnings(config)[1]!.message).toContain('Valid extensions: table, strikethrough, autolink, tagfilter, tasklist');
});

test.each([
  { markdown: 'kramdown', commonmark: { extensions: ['Table'] } },
  { markdown: 'CommonMark', commonmark: { extensions: ['Table', 1], options: 'smartx' } },
  { markdown: 'CommonMark', commonmark: null },
  { markdown: 'CommonMark' },
])('%j: no warning (another converter, or a list rescued as empty)', (config) => {
  expect(messages(config)).toEqual([]);
});

test('CommonMarkGhPages validates the same way', () => {
  expect(messages({ markdown: 'CommonMarkGhPages', commonmark: { options: ['bogus'] } })).toEqual(['CommonMark: BOGUS is not a valid option']);
});

const config = 'markdown: CommonMark\nplugins: [jekyll-commonmark]\ncommonmark:\n  extensions: [Table]\n';

test('a build says it once', async () => {
  const source = memorySource({ '_config.yml': config, 'a.md': '---\n---\na\n', 'b.md': '---\n---\nb\n' });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.filter((d) => d.message.startsWith('CommonMark: Table is not a valid extension'))).toHaveLength(1);
});

test('a build with no Markdown never sets the converter up', async () => {
  const source = memorySource({ '_config.yml': config, 'a.html': '---\n---\na\n' });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.filter((d) => d.message.startsWith('CommonMark:'))).toHaveLength(0);
});

// github-pages' Configuration#restrict_and_config_markdown_processor: GFM becomes CommonMarkGhPages
// with its own valid names (the site's are replaced); a site's own CommonMarkGhPages keeps them.
test.each([
  ['GFM', 0],
  ['CommonMarkGhPages', 1],
])('GitHub Pages with markdown: %s warns %i time(s)', async (markdown, n) => {
  const source = memorySource({ '_config.yml': `github_pages: true\ntheme: null\nmarkdown: ${markdown}\ncommonmark:\n  extensions: [Table]\n`, 'a.md': '---\n---\na\n' });
  const result = await renderSite({ source, env: { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', TZ: 'UTC', PAGES_REPO_NWO: 'a/b' } });
  expect(result.diagnostics.filter((d) => d.message.startsWith('CommonMark: Table is not a valid extension'))).toHaveLength(n);
});

test('a processor Jekyll refuses (`commonmark`, or CommonMark without its plugin) fails the build with no CommonMark warning', async () => {
  expect(messages({ markdown: 'commonmark', commonmark: { extensions: ['Table'] } })).toEqual([]);
  for (const cfg of [config.replace('CommonMark', 'commonmark'), config.replace('plugins: [jekyll-commonmark]\n', '')]) {
    const source = memorySource({ '_config.yml': cfg, 'a.md': '---\n---\na\n' });
    const error = await renderSite({ source, env: {} }).then(() => undefined, (e: { diagnostics?: { message: string }[] }) => e);
    expect(error).toBeDefined();
    expect((error?.diagnostics ?? []).filter((d) => d.message.startsWith('CommonMark:'))).toEqual([]);
  }
});

// jekyll-commonmark-ghpages' HighlightBlock#render_rouge calls get_processor, which makes a new
// CommonMarkGhPages (and validates again) for each highlight block: the GitHub Pages oracle warns
// 4 times here (once for the converter, once per block). Plain CommonMark has no such hook.
test.each([
  ['github_pages: true\ntheme: null\nmarkdown: CommonMarkGhPages', 4],
  ['plugins: [jekyll-commonmark]\nmarkdown: CommonMark', 1],
])('%s, three highlight blocks: %i warning(s)', async (setting, n) => {
  const block = '{% highlight ruby %}\nx = 1\n{% endhighlight %}\n';
  const source = memorySource({
    '_config.yml': `${setting}\ncommonmark:\n  extensions: [Table]\n`,
    'index.md': `---\n---\na\n\n${block}\n${block}`,
    'c.html': `---\n---\n${block}`,
  });
  const result = await renderSite({ source, env: { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', TZ: 'UTC', PAGES_REPO_NWO: 'a/b' } });
  expect(result.diagnostics.filter((d) => d.message.startsWith('CommonMark: Table is not a valid extension'))).toHaveLength(n);
});

test('markdownify sets the converter up too, once', async () => {
  const source = memorySource({ '_config.yml': config, 'a.html': '---\n---\n{{ "a" | markdownify }}{{ "b" | markdownify }}\n' });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.filter((d) => d.message.startsWith('CommonMark:'))).toHaveLength(1);
});
