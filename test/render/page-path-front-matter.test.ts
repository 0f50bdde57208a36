// Renderer#add_regenerator_dependencies runs site.in_source_dir(document.path) once a page's first
// layout has rendered, and a page's path is its front matter's `path` when it has one (Page#path):
// Jekyll 4.3.1 stops there on one that is no String ("undefined method `start_with?' for 5:Integer",
// PathManager.sanitize_and_join). Nothing, a String, no layout, a missing layout or a document
// (whose Document#path is its file's) builds.
import { memorySource, renderSite } from '../../lib/index.js';

const build = (files: Record<string, string>) =>
  renderSite({ source: memorySource({ '_config.yml': 'title: x\n', '_layouts/default.html': 'L {{ content }}', ...files }), env: {}, threads: 1 });

test.each([
  ['5', '5:Integer'],
  ['[a]', '["a"]:Array'],
  ['true', 'true:TrueClass'],
])('a page with a layout and `path: %s` stops the build', async (value, who) => {
  await expect(build({ 'p.md': `---\nlayout: default\npath: ${value}\n---\np\n` })).rejects.toThrow(`undefined method \`start_with?' for ${who} (NoMethodError)`);
});

test('an empty or text `path`, no layout, a missing one and a post build', async () => {
  const result = await build({
    'a.md': '---\nlayout: default\npath:\n---\na\n',
    'b.md': '---\nlayout: default\npath: other/b.md\n---\nb\n',
    'c.md': '---\npath: 5\n---\nc\n',
    'd.md': '---\nlayout: nosuch\npath: 5\n---\nd\n',
    '_posts/2020-01-01-e.md': '---\nlayout: default\npath: 5\n---\ne\n',
  });
  expect(result.files.map((f) => f.path).sort()).toEqual(['2020/01/01/e.html', 'a.html', 'b.html', 'c.html', 'd.html']);
});

// Page#path is data.fetch("path"): a front matter default's `path` is not the page's.
test('a `path` that only front matter defaults give does not count', async () => {
  const files = { 'p.md': '---\nlayout: default\n---\np={{ page.path }}\n' };
  const result = await renderSite({
    source: memorySource({ '_config.yml': 'defaults:\n  - scope: {path: ""}\n    values: {path: 5}\n', '_layouts/default.html': 'L {{ content }}', ...files }),
    env: {},
    threads: 1,
  });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('L <p>p=p.md</p>\n');
});

// Renderer#render_liquid names the page `path || document.relative_path` in a Liquid Exception.
test("a Liquid error names the page's front matter `path`", async () => {
  await expect(build({ 'p.md': '---\npath: custom/x.md\n---\n{% if %}\n' })).rejects.toThrow(/Valid syntax: if \[expression\] in custom\/x\.md$/);
});

// An empty `path:` is nil: page.path shows nothing; without a theme, LiquidRenderer#normalize_path
// fails on it ("undefined method `basename' for nil:NilClass"), with one the page renders.
test('an empty `path` is nil, and stops a site without a theme when its Liquid runs', async () => {
  await expect(build({ 'p.md': '---\npath:\n---\n{{ page.path }}\n' })).rejects.toThrow("Liquid Exception: undefined method `basename' for nil:NilClass");
  const result = await renderSite({
    source: memorySource({ '_config.yml': 'theme: t\n', 'p.md': '---\npath:\n---\n[{{ page.path }}]\n' }),
    theme: memorySource({ '_layouts/x.html': 'x' }),
    env: {},
    threads: 1,
  });
  expect(String(result.files.find((f) => f.path === 'p.html')?.contents)).toBe('<p>[]</p>\n');
});
