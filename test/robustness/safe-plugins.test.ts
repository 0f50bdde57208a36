// safe: true loads only whitelisted plugins (PluginManager#plugin_allowed?).
// Checked with real Jekyll 4.3.1: `safe: true` + `plugins: [jekyll-feed,
// jekyll-sitemap]` and no whitelist writes neither feed.xml nor sitemap.xml;
// `whitelist: jekyll-sitemap` (a string works: Array[...].flatten) brings the
// sitemap back; the fixture site read-safe-whitelist holds Jekyll's output.
import { memorySource, renderSite } from '../../lib/index.js';
import { allowedPluginNames } from '../../lib/plugins/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const posts = { '_posts/2022-01-01-one.md': '---\ntitle: One\n---\nOne.\n', 'index.html': '---\n---\nhome\n' };
const build = (config: string) =>
  renderSite({ source: memorySource({ '_config.yml': `url: https://example.com\n${config}`, ...posts }), env: FIXED_ENV });
const paths = (files: readonly { path: string }[]) => files.map((f) => f.path).sort();

test('allowedPluginNames follows plugin_allowed?', () => {
  expect(allowedPluginNames(['jekyll-feed', 'jekyll-seo-tag'], {})).toEqual({ allowed: ['jekyll-feed', 'jekyll-seo-tag'], refused: [] });
  expect(allowedPluginNames(['jekyll-feed', 'jekyll-seo-tag'], { safe: true })).toEqual({ allowed: [], refused: ['jekyll-feed', 'jekyll-seo-tag'] });
  expect(allowedPluginNames(['jekyll-feed', 'jekyll-seo-tag'], { safe: true, whitelist: 'jekyll-seo-tag' })).toEqual({
    allowed: ['jekyll-seo-tag'],
    refused: ['jekyll-feed'],
  });
  expect(allowedPluginNames(['jekyll-feed'], { safe: true, whitelist: [['jekyll-feed']] }).allowed).toEqual(['jekyll-feed']);
});

test('safe: true without a whitelist: no feed, with a warning naming the plugin', async () => {
  const result = await build('safe: true\nplugins: [jekyll-feed]\n');
  expect(paths(result.files)).toEqual(['2022/01/01/one.html', 'index.html']);
  expect(result.diagnostics).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining("Plugin 'jekyll-feed' is not in the whitelist") }));
});

test('safe: true with the plugin whitelisted: the feed is written', async () => {
  const result = await build('safe: true\nplugins: [jekyll-feed, jekyll-sitemap]\nwhitelist: [jekyll-feed]\n');
  expect(paths(result.files)).toEqual(['2022/01/01/one.html', 'feed.xml', 'index.html']);
});

test('without safe mode the whitelist does not matter', async () => {
  const result = await build('plugins: [jekyll-feed]\nwhitelist: []\n');
  expect(paths(result.files)).toContain('feed.xml');
});

test('--safe on the command line turns the whitelist on too', async () => {
  const result = await renderSite({
    source: memorySource({ '_config.yml': 'plugins: [jekyll-feed]\n', ...posts }),
    config: { safe: true },
    env: FIXED_ENV,
  });
  expect(paths(result.files)).not.toContain('feed.xml');
});
