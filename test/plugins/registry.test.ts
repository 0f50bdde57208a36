import { builtinPlugins, resolvePlugins } from '../../lib/plugins/index.js';

describe('plugin registry', () => {
  test('the gems by name (jekyll-commonmark: the converter is chosen by markdown: CommonMark)', () => {
    expect(Object.keys(builtinPlugins).sort()).toEqual([
      'jekyll-archives',
      'jekyll-avatar',
      'jekyll-commonmark',
      'jekyll-commonmark-ghpages',
      'jekyll-data',
      'jekyll-default-layout',
      'jekyll-feed',
      'jekyll-gist',
      'jekyll-github-metadata',
      'jekyll-include-cache',
      'jekyll-last-modified-at',
      'jekyll-mentions',
      'jekyll-multiple-languages-plugin',
      'jekyll-optional-front-matter',
      'jekyll-paginate',
      'jekyll-paginate-v2',
      'jekyll-polyglot',
      'jekyll-readme-index',
      'jekyll-redirect-from',
      'jekyll-relative-links',
      'jekyll-remote-theme',
      'jekyll-seo-tag',
      'jekyll-sitemap',
      'jekyll-titles-from-headings',
      'jekyll-toc',
      'jemoji',
    ]);
    for (const [name, plugin] of Object.entries(builtinPlugins)) expect(plugin.name).toBe(name);
  });

  test('resolvePlugins keeps the order, drops duplicates and reports unknown names', () => {
    const { plugins, unknown } = resolvePlugins(['jekyll-sitemap', 'jekyll-feed', 'jekyll-sitemap', 'jekyll-spaceship', 'toString']);
    expect(plugins.map((p) => p.name)).toEqual(['jekyll-sitemap', 'jekyll-feed']);
    expect(unknown).toEqual(['jekyll-spaceship', 'toString']);
  });
});
