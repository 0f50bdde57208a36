// The gems Bundler.require(:jekyll_plugins) loads from a site's Gemfile (PluginManager.require_from_bundler).
import { gemfilePlugins } from '../../lib/plugins/gemfile-plugins.js';
import { memorySource } from '../../lib/source/index.js';

const of = (gemfile: string, env: Record<string, string> = {}) => gemfilePlugins(memorySource({ Gemfile: gemfile }), env);

describe('the Gemfile jekyll_plugins group', () => {
  test('a group block, among other blocks, in Gemfile order', () => {
    const gemfile = [
      'source "https://rubygems.org"',
      'gem "jekyll", "~> 4.3" # the engine',
      'group :jekyll_plugins do',
      '  gem "jekyll-sitemap"',
      '  # gem "jekyll-archives"',
      "  gem 'jekyll-feed', '~> 0.12'",
      'end',
      'platforms :mingw, :jruby do',
      '  gem "tzinfo-data"',
      'end',
      'install_if -> { RUBY_PLATFORM =~ %r!mingw! } do',
      '  gem "wdm"',
      'end',
      'group :test, :jekyll_plugins do',
      '  gem "jekyll-seo-tag"',
      'end',
      'group :test do',
      '  gem "html-proofer"',
      'end',
      'gem "webrick"',
    ].join('\n');
    expect(of(gemfile)).toEqual(['jekyll-sitemap', 'jekyll-feed', 'jekyll-seo-tag']);
  });

  test('a gem given the group by an option', () => {
    expect(of('gem "jekyll-paginate", group: :jekyll_plugins\ngem "jemoji", :group => :jekyll_plugins\ngem "x", groups: [:a, :jekyll_plugins]\ngem "y", group: :test\n')).toEqual(['jekyll-paginate', 'jemoji', 'x']);
  });

  test('none without a Gemfile, with JEKYLL_NO_BUNDLER_REQUIRE, or from a gemspec', () => {
    expect(gemfilePlugins(memorySource({ 'index.html': 'x' }), {})).toEqual([]);
    expect(of('group :jekyll_plugins do\n  gem "jekyll-feed"\nend\n', { JEKYLL_NO_BUNDLER_REQUIRE: '1' })).toEqual([]);
    expect(of('source "https://rubygems.org"\ngemspec\n')).toEqual([]);
  });
});
