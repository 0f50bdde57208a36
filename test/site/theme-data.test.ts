// A gem theme's _data under the site's, and what jekyll-data adds: the theme's folder named by
// the site's `data_dir`. Expected values from Jekyll 4.3.1 with jekyll-data 1.1.1, a theme gem
// (Gemfile `path:`) whose gemspec depends on jekyll-data, printing `{{ site.data | jsonify }}`.
import { memorySource } from '../../lib/index.js';
import { withThemeData } from '../../lib/site/theme-data.js';

const theme = memorySource(
  {
    '_data/words.yml': 'a: theme\nb: theme\n',
    '_data/sub/deep.yml': 'x: 1\n',
    'data/alt.yml': 'only: themedata\n',
  },
  '/themes/tm',
);
const siteData = { words: { b: 'site' } };
const json = (v: unknown): string => JSON.stringify(v);

test("the theme's _data goes under the site's, the site's values winning", () => {
  expect(json(withThemeData(theme, {} as never, siteData, {}))).toBe('{"words":{"a":"theme","b":"site"},"sub":{"deep":{"x":1}}}');
});

test("jekyll-data with the usual data_dir reads the theme's _data again: the same data", () => {
  expect(json(withThemeData(theme, { data_dir: '_data' } as never, siteData, { dataDir: true }))).toBe('{"words":{"a":"theme","b":"site"},"sub":{"deep":{"x":1}}}');
});

test("jekyll-data with `data_dir: data` reads the theme's data/ too, its keys first", () => {
  const data = withThemeData(theme, { data_dir: 'data' } as never, siteData, { dataDir: true });
  expect(json(data)).toBe('{"alt":{"only":"themedata"},"words":{"a":"theme","b":"site"},"sub":{"deep":{"x":1}}}');
});

test("without jekyll-data the theme's data/ is not data", () => {
  expect(json(withThemeData(theme, { data_dir: 'data' } as never, siteData, {}))).toBe('{"words":{"a":"theme","b":"site"},"sub":{"deep":{"x":1}}}');
});

test('jekyll-data reads nothing more from a theme without a _data (Theme#data_path is nil)', () => {
  const bare = memorySource({ 'data/alt.yml': 'only: themedata\n' }, '/themes/bare');
  expect(json(withThemeData(bare, { data_dir: 'data' } as never, siteData, { dataDir: true }))).toBe('{"words":{"b":"site"}}');
});
