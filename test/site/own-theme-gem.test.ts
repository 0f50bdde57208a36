// A site that is its theme's own gem (a theme repository, or a fork of one): Jekyll, through
// Bundler, takes the theme from the site's folder and loads the gemspec's runtime dependencies.
// The whole site against real Jekyll: fixtures/sites/theme-own-gemspec.
import { memorySource } from '../../lib/index.js';
import { pluginsWithTheme, themeSourceFor } from '../../lib/site/theme.js';

const GEMSPEC = `Gem::Specification.new do |spec|
  spec.name = "jekyll-theme-selfy"
  spec.add_runtime_dependency "jekyll", "> 3.5", "< 5.0"
  spec.add_runtime_dependency("jekyll-seo-tag", "~> 2.0")
  spec.add_dependency 'jekyll-feed'
  spec.add_development_dependency "bundler"
end
`;
const site = (files: Record<string, string>) => memorySource({ '_config.yml': 'theme: jekyll-theme-selfy\n', ...files });
const NO_GEMS = { GEM_HOME: '/nonexistent' };

test('a Gemfile saying gemspec beside a gemspec naming the theme makes the site its own theme', () => {
  const src = site({ Gemfile: 'source "https://rubygems.org"\n\ngemspec\n', 'jekyll-theme-selfy.gemspec': GEMSPEC });
  const theme = themeSourceFor('jekyll-theme-selfy', NO_GEMS, undefined, src);
  expect(theme).toBe(src);
  // Runtime dependencies only, without jekyll itself: Jekyll's require_theme_deps.
  expect(pluginsWithTheme(['jekyll-sitemap'], theme)).toEqual(['jekyll-seo-tag', 'jekyll-feed', 'jekyll-sitemap']);
});

test.each([
  ['no gemspec line in the Gemfile', { Gemfile: 'source "https://rubygems.org"\ngem "jekyll"\n', 'jekyll-theme-selfy.gemspec': GEMSPEC }],
  ['a commented gemspec line', { Gemfile: '# gemspec\n', 'jekyll-theme-selfy.gemspec': GEMSPEC }],
  ['a gemspec naming another gem', { Gemfile: 'gemspec\n', 'other.gemspec': GEMSPEC.replace('jekyll-theme-selfy', 'jekyll-theme-other') }],
  ['no Gemfile', { 'jekyll-theme-selfy.gemspec': GEMSPEC }],
])('%s: the theme is not found', (_, files) => {
  expect(() => themeSourceFor('jekyll-theme-selfy', NO_GEMS, undefined, site(files))).toThrow('The jekyll-theme-selfy theme could not be found.');
});
