// Renderer#run reads a layout's data first (assign_layout_data!) but parses its Liquid only when it
// renders (render_layout, after the content's Liquid and conversion): with errors in both, Jekyll
// 4.3.1 names the content's ("Unknown tag 'foo' in a.md"), then the layout's once the content is fixed.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (files: Record<string, string>) =>
  renderSite({ source: memorySource({ '_config.yml': 'title: t\n', '_layouts/sub.html': '<div>{% bar %}{{ content }}</div>\n', ...files }), write: false, env: FIXED_ENV });

test('a page: the content error comes before its layout is parsed', async () => {
  await expect(build({ 'a.md': '---\nlayout: sub\n---\nHello {% foo %}\n' })).rejects.toThrow("Liquid Exception: Liquid syntax error (line 1): Unknown tag 'foo' in a.md");
});

test('a post: the content error comes before its layout is parsed', async () => {
  await expect(build({ '_posts/2020-01-01-a.md': '---\nlayout: sub\n---\nHello {% foo %}\n' })).rejects.toThrow(
    "Liquid Exception: Liquid syntax error (line 1): Unknown tag 'foo' in",
  );
});

test('content without errors: the layout error is reported', async () => {
  await expect(build({ 'a.md': '---\nlayout: sub\n---\nHello\n' })).rejects.toThrow(/Unknown tag 'bar' in \S*_layouts\/sub\.html$/);
});
