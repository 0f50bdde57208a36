// post_url's deprecated fallback (jekyll/tags/post_url.rb, PostComparer#deprecated_equality): a
// name that matches no post's path but a post's date and slug (here a post in a subfolder of
// _posts) links to it, and Jekyll::Deprecator warns once per call in Jekyll 4.3.1's words
// (`jekyll build` printed "Deprecation: A call to '{% post_url 2020-01-02-hello %}' did not ...").
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const WARNING =
  "Deprecation: A call to '{% post_url 2020-01-02-hello %}' did not match a post using the new matching method of checking name (path-date-slug) equality. Please make sure that you change this tag to match the post's name exactly.";

async function build(page: string) {
  const files = { '_config.yml': 'title: t\n', '_posts/sub/2020-01-02-hello.md': '---\ntitle: Hello\n---\nhi\n', 'index.md': `---\n---\n${page}\n` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  const html = String(result.files.find((f) => f.path === 'index.html')?.contents);
  return { html, warnings: result.diagnostics.filter((d) => d.level === 'warning').map((d) => d.message) };
}

test('a name matched only by date and slug links to the post with the deprecation warning', async () => {
  const { html, warnings } = await build('[x]({% post_url 2020-01-02-hello %})');
  expect(html).toBe('<p><a href="/2020/01/02/hello.html">x</a></p>\n');
  expect(warnings).toEqual([WARNING]);
});

test('a name matching the post path gives no warning', async () => {
  const { html, warnings } = await build('[x]({% post_url sub/2020-01-02-hello %})');
  expect(html).toBe('<p><a href="/2020/01/02/hello.html">x</a></p>\n');
  expect(warnings).toEqual([]);
});
