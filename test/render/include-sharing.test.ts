// A build shares page-independent includes (lib/render/include-sharing.ts) unless a
// plugin's render hooks may change the site while pages render.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/memory-source.js';
import type { KyllPlugin } from '../../lib/plugins/plugin.js';

const files = {
  '_config.yml': 'title: T\n',
  '_layouts/default.html': '{% include nav.html %}|{{ content }}',
  '_includes/nav.html': 'nav:{{ site.data.current }}',
  'a.html': '---\nlayout: default\ntitle: A\n---\na',
  'b.html': '---\nlayout: default\ntitle: B\n---\nb',
};

const outputs = async (plugins: KyllPlugin[]) => {
  const result = await renderSite({ source: memorySource(files, '/site'), write: false, plugins });
  return ['a.html', 'b.html'].map((p) => String(result.files.find((f) => f.path === p)!.contents));
};

describe('include sharing in a build', () => {
  it('is off when a plugin’s pre_render hook changes the site for each page', async () => {
    const current: KyllPlugin = {
      name: 'current-page',
      hooks: { pages: { pre_render: (doc, payload) => void ((payload.site as { data: Record<string, unknown> }).data.current = doc.data.title) } },
    };
    expect(await outputs([current])).toEqual(['nav:A|a', 'nav:B|b']);
  });
  it('gives the same pages with sharing on', async () => {
    expect(await outputs([])).toEqual(['nav:|a', 'nav:|b']);
  });
  it('finds include_relative files beside each page, whose name is the same', async () => {
    const result = await renderSite({
      source: memorySource({ 'a/x.html': 'in a', 'b/x.html': 'in b', 'a/i.html': '---\n---\n{% include_relative x.html %}', 'b/i.html': '---\n---\n{% include_relative x.html %}' }, '/site'),
      write: false,
    });
    expect(['a/i.html', 'b/i.html'].map((p) => String(result.files.find((f) => f.path === p)!.contents))).toEqual(['in a', 'in b']);
  });
  it('passes a parameter whose value is circular (a post with next and previous) to an include', async () => {
    const result = await renderSite({
      source: memorySource({
        '_includes/t.html': '{{ include.p.title }}/{{ include.p.next.title }}',
        '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n{% include t.html p=page %}',
        '_posts/2020-01-02-b.md': '---\ntitle: B\n---\n{% include t.html p=page %}',
      }, '/site'),
      write: false,
    });
    expect(String(result.files.find((f) => f.path === '2020/01/01/a.html')!.contents)).toBe('<p>A/B</p>\n');
  });
});
