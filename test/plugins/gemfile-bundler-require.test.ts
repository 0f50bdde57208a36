// Bundler.require(:jekyll_plugins) (PluginManager.require_from_bundler): the Gemfile gems Jekyll
// loads as plugins; whole-site check: fixture gemfile-plugins-group.
import { bundlerPluginNames } from '../../lib/plugins/gemfile.js';
import { memorySource } from '../../lib/source/index.js';

const of = (gemfile: string, env: Record<string, string> = {}): string[] => bundlerPluginNames(memorySource({ Gemfile: gemfile }), env);

describe('bundlerPluginNames', () => {
  test('the jekyll_plugins group, as a block or an option, in Gemfile order', () => {
    expect(of(`source "https://rubygems.org"
gem "jekyll", "~> 4.3"
gem 'jekyll-sitemap', group: :jekyll_plugins
group :jekyll_plugins do
  gem "jekyll-feed", "~> 0.12" # the feed
  gem 'jekyll-seo-tag'
end
gem "jemoji", :group => [:test, :jekyll_plugins]
gem "jekyll-gist", groups: ["jekyll_plugins"]
`)).toEqual(['jekyll-sitemap', 'jekyll-feed', 'jekyll-seo-tag', 'jemoji', 'jekyll-gist']);
  });

  test('other groups, require: false, other platforms and conditions are not loaded', () => {
    expect(of(`group :development, :test do
  gem "jekyll-feed"
end
group :jekyll_plugins, :other do
  gem "jekyll-redirect-from", require: false
  gem "wdm" if Gem.win_platform?
  gem "tzinfo-data", platforms: [:mingw, :mswin]
  platforms :jruby do
    gem "jekyll-avatar"
  end
  gem "jekyll-toc"
end
# group :jekyll_plugins do
#   gem "jekyll-mentions"
gem "jekyll-archives"
`)).toEqual(['jekyll-toc']);
  });

  test('no Gemfile, or JEKYLL_NO_BUNDLER_REQUIRE: nothing', () => {
    expect(bundlerPluginNames(memorySource({}), {})).toEqual([]);
    expect(of('group :jekyll_plugins do\n  gem "jekyll-feed"\nend\n', { JEKYLL_NO_BUNDLER_REQUIRE: '1' })).toEqual([]);
  });
});
