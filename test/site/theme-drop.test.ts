// Liquid's `theme` (Jekyll's ThemeDrop): the theme gemspec's version, authors and description;
// nil without a theme. The whole site against real Jekyll: fixtures/sites/theme-drop-gemspec.
import { memorySource } from '../../lib/index.js';
import { themeDrop } from '../../lib/site/theme-drop.js';

const GEMSPEC = `Gem::Specification.new do |s|
  s.name = "jekyll-theme-x"
  s.version = "2.5.1"
  s.authors = ["Joel Glovier".freeze, "Ann".freeze]
  s.summary = "A beautiful, minimal theme for Jekyll.".freeze
end
`;

test('a theme gives its gemspec fields, the authors joined with a comma', () => {
  const drop = themeDrop(memorySource({ 'jekyll-theme-x.gemspec': GEMSPEC }, '/themes/x')) as Record<string, unknown>;
  expect(drop).toMatchObject({ version: '2.5.1', authors: 'Joel Glovier, Ann', description: 'A beautiful, minimal theme for Jekyll.', root: '/themes/x' });
});

test('the description wins over the summary', () => {
  const drop = themeDrop(memorySource({ 'x.gemspec': GEMSPEC.replace('end\n', '  s.description = "Longer."\nend\n') }, '/t')) as Record<string, unknown>;
  expect(drop.description).toBe('Longer.');
});

test('no theme: theme is nil', () => {
  expect(themeDrop(undefined)).toBeNull();
});

// minima 2.5.1's installed specification, as RubyGems wrote it (run against Jekyll 4.3.1:
// `{{ theme.dependencies | jsonify }}` and `{{ theme.metadata | jsonify }}`).
const INSTALLED = `Gem::Specification.new do |s|
  s.name = "minima".freeze
  s.version = "2.5.1"
  s.metadata = { "plugin_type" => "theme" } if s.respond_to? :metadata=
  if s.respond_to? :add_runtime_dependency then
    s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
    s.add_runtime_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
    s.add_development_dependency(%q<bundler>.freeze, [">= 1.15"])
  else
    s.add_dependency(%q<jekyll>.freeze, [">= 3.5", "< 5.0"])
    s.add_dependency(%q<jekyll-feed>.freeze, ["~> 0.9"])
    s.add_dependency(%q<bundler>.freeze, [">= 1.15"])
  end
end
`;

test('metadata and the runtime dependencies of an installed specification, in ThemeDrop key order', () => {
  const drop = themeDrop(memorySource({ 'minima.gemspec': INSTALLED }, '/t')) as Record<string, unknown>;
  expect(drop.metadata).toEqual({ plugin_type: 'theme' });
  expect(drop.dependencies).toEqual(['jekyll (>= 3.5, < 5.0)', 'jekyll-feed (~> 0.9)']);
  expect(Object.keys(drop)).toEqual(['version', 'metadata', 'root', 'dependencies', 'authors', 'description']);
});

test('a gemspec without metadata or dependencies gives {} and []', () => {
  const drop = themeDrop(memorySource({ 'x.gemspec': GEMSPEC }, '/t')) as Record<string, unknown>;
  expect(drop.metadata).toEqual({});
  expect(drop.dependencies).toEqual([]);
});
