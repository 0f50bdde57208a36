// jekyll-archives beyond the fixture sites (built by real Jekyll): options.
import { memorySource, renderSite } from '../../lib/index.js';

const files = (config: string): Record<string, string> => ({
  '_config.yml': `plugins: [jekyll-archives]\n${config}`,
  '_layouts/archive.html': '{{ page.type }}:{{ page.title }}:{{ page.posts | size }}',
  '_posts/2024-02-03-a.md': '---\ntags: [x]\ncategories: c\n---\nA',
});

async function paths(config: string): Promise<string[]> {
  const r = await renderSite({ source: memorySource(files(config)), env: { TZ: 'UTC' } });
  return r.files.map((f) => f.path).filter((p) => !p.startsWith('c/')).sort();
}

test('nothing is made unless enabled; `enabled: true` makes every kind', async () => {
  expect(await paths('')).toEqual([]);
  expect(await paths('jekyll-archives: {enabled: true}\n')).toEqual([
    '2024/02/03/index.html', '2024/02/index.html', '2024/index.html', 'category/c/index.html', 'tag/x/index.html',
  ]);
});

test('an unknown option warns', async () => {
  const r = await renderSite({ source: memorySource(files('jekyll-archives: {enabled: [tags], slug_mode: latin}\n')), env: { TZ: 'UTC' } });
  expect(r.diagnostics.map((d) => d.message)).toContain("jekyll-archives: unknown option 'slug_mode' (ignored).");
});
