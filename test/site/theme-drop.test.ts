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
