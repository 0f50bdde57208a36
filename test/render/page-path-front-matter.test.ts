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
