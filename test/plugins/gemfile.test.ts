// Bundler.require(:jekyll_plugins), as Jekyll's PluginManager.require_from_bundler runs it.
// Checked with real Jekyll 4.3.1 and Bundler: a gem for `platforms: [:jruby]` is not loaded,
// `platforms :mri do group :jekyll_plugins do` and `groups: %w[jekyll_plugins]` are;
// `group(:jekyll_plugins) do` with a gem inside `if ENV[...]` (unset) loads only the others. The fixture
// site gemfile-plugin-group holds Jekyll's output for the other forms (safe mode, require: false).
import { memorySource, renderSite } from '../../lib/index.js';
import { bundlerPluginNames, gemfilePathOf, gemfilePluginNames } from '../../lib/plugins/gemfile.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { compareWithExpected, isPass, loadFolder } from '../helpers/compare-output.js';

const GEMFILE = `source "https://rubygems.org"
gem "jekyll", "~> 4.3" # group :jekyll_plugins in a comment
group :jekyll_plugins do
  gem "jekyll-feed", "~> 0.12"
  gem 'jekyll-seo-tag' # trailing comment
end
gem "jekyll-sitemap", group: :jekyll_plugins, platforms: [:jruby]
platforms :mri do
  group :jekyll_plugins do
    gem "jekyll-redirect-from"
  end
end
gem "jekyll-avatar", groups: %w[jekyll_plugins]
gem "jekyll-gist", :group => :jekyll_plugins, :require => false
gem "jekyll-toc", group: [:development, :jekyll_plugins]
gem "jekyll-mentions"
group :test, :development do
  gem "jekyll-archives"
end
gem 'tzinfo-data', platforms: [:mingw, :mswin, :x64_mingw, :jruby]
group(:jekyll_plugins) do
  if ENV["WITH_GIST"]
    gem "jekyll-gist"
  end
  gem "jekyll-paginate"
end
`;

test('the gems Bundler.require(:jekyll_plugins) requires, in Gemfile order', () => {
  expect(gemfilePluginNames(GEMFILE)).toEqual(['jekyll-feed', 'jekyll-seo-tag', 'jekyll-redirect-from', 'jekyll-avatar', 'jekyll-toc', 'jekyll-paginate']);
});

test('no Gemfile, or JEKYLL_NO_BUNDLER_REQUIRE: nothing', () => {
  expect(bundlerPluginNames(memorySource({ 'index.md': 'x' }), {})).toEqual([]);
  expect(bundlerPluginNames(memorySource({ Gemfile: GEMFILE }), { JEKYLL_NO_BUNDLER_REQUIRE: 'true' })).toEqual([]);
});

test('a Gemfile plugin loads in safe mode, without a whitelist warning', async () => {
  const files = {
    '_config.yml': 'url: https://example.com\nsafe: true\nplugins: [jekyll-sitemap]\n',
    Gemfile: 'group :jekyll_plugins do\n  gem "jekyll-sitemap"\n  gem "kramdown"\nend\n',
    'index.html': '---\n---\nhome\n',
  };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV });
  expect(result.files.map((f) => f.path).sort()).toEqual(['index.html', 'robots.txt', 'sitemap.xml']);
  expect(result.diagnostics.filter((d) => /Plugin '/.test(d.message))).toEqual([]);
});

test('the folder a Gemfile gives a gem (path: option or path block), relative to the Gemfile', () => {
  const gemfile = `gem "minima", "= 2.5.1", path: "_minima-fork/"
gem "other", :path => './vendor/other'
path "themes" do
  gem "in-block"
end
gem "installed"
`;
  expect(gemfilePathOf(gemfile, 'minima')).toBe('_minima-fork');
  expect(gemfilePathOf(gemfile, 'other')).toBe('vendor/other');
  expect(gemfilePathOf(gemfile, 'in-block')).toBe('themes');
  expect(gemfilePathOf(gemfile, 'installed')).toBeUndefined();
  expect(gemfilePathOf(gemfile, 'absent')).toBeUndefined();
});

test('a path: theme in a Source given in memory is that folder of it, as on disk (fixture gemfile-path-theme)', async () => {
  const result = await renderSite({ source: memorySource(loadFolder('fixtures/sites/gemfile-path-theme')), env: FIXED_ENV });
  const statuses = compareWithExpected('fixtures/expected/gemfile-path-theme', result.files);
  expect([...statuses].filter(([, s]) => !isPass(s))).toEqual([]);
});
