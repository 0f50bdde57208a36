// jekyll-optional-front-matter and jekyll-readme-index: which files become pages.
import { memorySource, renderSite } from '../../lib/index.js';
import { build, ENV, output, paths, warnings } from './ghp-helpers.js';

const layout = { '_layouts/default.html': '<b>{{ content }}</b>' };

describe('jekyll-optional-front-matter', () => {
  const site = (config: string, files: Record<string, string> = {}) =>
    build({
      '_config.yml': `plugins: [jekyll-optional-front-matter]\n${config}`,
      'a.md': '# A\n',
      'b.MKD': 'b\n',
      'c.txt': 'c\n',
      'README.md': 'readme\n',
      'LICENSE.markdown': 'license\n',
      'docs/Code_Of_Conduct.md': 'coc\n',
      ...files,
    });

  test('Markdown files without front matter become pages and stay static files', async () => {
    const r = await site('');
    expect(paths(r)).toEqual(['LICENSE.markdown', 'README.md', 'a.html', 'a.md', 'b.MKD', 'b.html', 'c.txt', 'docs/Code_Of_Conduct.md']);
    expect(output(r, 'a.html')).toBe('<h1 id="a">A</h1>\n');
  });

  test('remove_originals drops the static copies; the blacklisted names stay static', async () => {
    const r = await site('optional_front_matter: { remove_originals: true }');
    expect(paths(r)).toEqual(['LICENSE.markdown', 'README.md', 'a.html', 'b.html', 'c.txt', 'docs/Code_Of_Conduct.md']);
  });

  test('require_front_matter turns it off; `include:` lifts the blacklist', async () => {
    expect(paths(await site('require_front_matter: true'))).toEqual(['LICENSE.markdown', 'README.md', 'a.md', 'b.MKD', 'c.txt', 'docs/Code_Of_Conduct.md']);
    expect(paths(await site('include: [LICENSE.markdown]'))).toContain('LICENSE.html');
    expect(paths(await site('optional_front_matter: { enabled: false }'))).not.toContain('a.html');
  });

  // the gem reads its options with `site.config[KEY][key]` and logs nothing (jekyll-optional-front-matter 0.3.2)
  test('unknown options are silent', async () => {
    expect(warnings(await site('optional_front_matter: { remove_original: true }', layout))).toEqual([]);
  });
});

describe('jekyll-readme-index', () => {
  const site = (config: string, files: Record<string, string>) => build({ '_config.yml': `plugins: [jekyll-readme-index]\n${config}`, ...files });

  test('a README is the index of a folder that has none, and stays a static file', async () => {
    const r = await site('baseurl: /p', { 'README.md': '# Home\n', 'docs/readme.markdown': 'docs\n', 'has/README.md': 'no\n', 'has/index.html': '---\n---\nindex\n' });
    expect(paths(r)).toEqual(['README.md', 'docs/index.html', 'docs/readme.markdown', 'has/README.md', 'has/index.html', 'index.html']);
    expect(output(r, 'index.html')).toBe('<h1 id="home">Home</h1>\n');
  });

  test('an index.md without front matter (a page through jekyll-optional-front-matter) keeps the README out', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-readme-index, jekyll-optional-front-matter]\n', 'README.md': 'readme\n', 'index.md': 'index\n' });
    expect(output(r, 'index.html')).toBe('<p>index</p>\n');
  });

  test('remove_originals, with_frontmatter and enabled', async () => {
    const files = { 'README.md': 'x\n', 'g/README.md': '---\ntitle: G\n---\ng\n' };
    expect(paths(await site('readme_index: { remove_originals: true, with_frontmatter: true }', files))).toEqual(['g/index.html', 'index.html']);
    expect(paths(await site('', files))).toEqual(['README.md', 'g/README.html', 'index.html']);
    expect(paths(await site('readme_index: { enabled: false }', files))).toEqual(['README.md', 'g/README.html']);
  });

  // Jekyll 4.3.1: Page#update_permalink sets only data["permalink"], so a `strip_title: true` from the
  // front matter defaults is still no key of the README's data and jekyll-titles-from-headings keeps its heading
  test('with_frontmatter: the moved README keeps its front matter defaults as defaults', async () => {
    const config = 'plugins: [jekyll-readme-index, jekyll-titles-from-headings]\nreadme_index: { with_frontmatter: true }\ndefaults:\n  - scope: {path: ""}\n    values: {strip_title: true}\n';
    const r = await build({ '_config.yml': config, 'a/README.md': 'Setext A\n---\n\ntext\n', 'b/README.md': '---\n---\n# B\n\ntext\n' });
    expect(output(r, 'index.html')).toBe('<h2 id="setext-a">Setext A</h2>\n\n<p>text</p>\n');
    expect(output(r, 'b/index.html')).toBe('<h1 id="b">B</h1>\n\n<p>text</p>\n');
  });

  // Jekyll 4.3.1: #readmes_with_frontmatter's `"/" + file.path` raises "no implicit conversion of
  // nil into String (TypeError)" for a page whose front matter has an empty `path:`
  test('with_frontmatter: a page whose `path` is no String stops the build', async () => {
    const config = 'plugins: [jekyll-readme-index]\nreadme_index: { with_frontmatter: true }\n';
    for (const [value, name] of [['', 'nil'], ['5', 'Integer'], ['[a]', 'Array']]) {
      const files = { '_config.yml': config, 'index.md': '---\n---\nindex\n', 'p.md': `---\npath: ${value}\n---\np\n` };
      await expect(renderSite({ source: memorySource(files), env: ENV })).rejects.toThrow(`no implicit conversion of ${name} into String (TypeError)`);
    }
  });
});

// Jekyll 4.3.1: "Error reading file /…/r/README.md: invalid byte sequence in UTF-8", then kramdown's
// "The source text contains invalid characters for the used encoding UTF-8" stops the build,
// as for any page that is not UTF-8.
test.each(['jekyll-readme-index', 'jekyll-optional-front-matter'])('%s: a Markdown file that is not UTF-8 stops the build', async (plugin) => {
  const files = { '_config.yml': `plugins: [${plugin}]\n`, 'index.md': '---\n---\nindex\n', 'r/README.md': Buffer.from('# Hi\n\n\xff\xfe bad\n', 'latin1'), 'r/x.md': Buffer.from('\xff\n', 'latin1') };
  await expect(renderSite({ source: memorySource(files), env: ENV })).rejects.toMatchObject({ code: 'INVALID_ENCODING' });
});

// Jekyll 4.3.1 with jekyll-commonmark-ghpages 0.5.1 (`markdown: GFM` under GitHub Pages): cmark keeps
// the bytes and CommonMarkGhPages#convert's gsub raises "invalid byte sequence in UTF-8"
// (ArgumentError), which Jekyll reports as the conversion error; kramdown's message is its own.
test.each([
  ['markdown: GFM', 'invalid byte sequence in UTF-8'],
  ['markdown: kramdown', 'The source text contains invalid characters for the used encoding UTF-8'],
])('github_pages, %s: a page that is not UTF-8 stops the build with the converter\'s message', async (markdown, reason) => {
  const files = { '_config.yml': `github_pages: true\ntheme: null\n${markdown}\n`, 'index.md': '---\n---\nindex\n', 'a.md': Buffer.from('---\ntitle: A\n---\n## Caf\xe9\n\ncaf\xe9\n', 'latin1') };
  await expect(renderSite({ source: memorySource(files), env: ENV })).rejects.toMatchObject({
    code: 'INVALID_ENCODING',
    message: `Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': ${reason}`,
  });
});

// Jekyll 4.3.1 with jekyll-commonmark-ghpages 0.5.1: a byte that is not UTF-8 only in a link's or an
// image's destination (or a definition's) is percent-encoded by cmark (houdini_escape_href), so the
// rendered HTML is UTF-8, CommonMarkGhPages#convert's gsub passes and the page is written.
test('github_pages, markdown: GFM: bytes that are not UTF-8 only in link destinations convert', async () => {
  const page = Buffer.from('---\n---\nA [link](caf\xe9.html), ![i](p\xe9.png) and [r].\n\n[r]: /d\xe9f\n', 'latin1');
  const files = { '_config.yml': 'github_pages: true\ntheme: null\nmarkdown: GFM\n', 'index.md': '---\n---\nindex\n', 'a.md': page };
  const r = await renderSite({ source: memorySource(files), env: ENV });
  expect(output(r, 'a.html')).toBe('<hr />\n<hr />\n<p>A <a href="caf%E9.html">link</a>, <img src="p%E9.png" alt="i" /> and <a href="/d%E9f">r</a>.</p>\n');
  expect(warnings(r)).toContain('Error reading file (memory)/a.md: invalid byte sequence in UTF-8');
});
