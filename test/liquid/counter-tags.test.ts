// {% increment %} / {% decrement %}: the counter is named by the whole markup (Liquid's
// `markup.strip`), so a dotted name is a counter of its own and never hides a variable.
// Expected values printed by Jekyll 4.3.1 rendering the same templates (scripts/liquid-oracle.rb).
import { render } from './helpers.js';

test.each([
  ['{% increment page.n %}{% increment page.n %}{% decrement k.x %}[{{ page.title }}]', '01-1[Fuzz]'],
  ['{% increment a %}{% increment b %}{% increment a %}{% decrement b %}{{ a }}{{ b }}', '001020'],
])('%s', (template, expected) => {
  expect(render(template, { page: { title: 'Fuzz' } })).toBe(expected);
});
