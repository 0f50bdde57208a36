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

// Jekyll's outermost environment is the page's payload: a counter named after one of its keys
// starts from that value, and Ruby's `value + 1` / `value -= 1` fails on a Hash or a drop
// (Jekyll 4.3.1 on the same templates: `{% increment page %}`, `{% decrement jekyll %}`);
// nil and false start from 0 (`||= 0`).
test.each([
  ['{% increment page %}', "undefined method `+' for {\"title\"=>\"Fuzz\"}:Hash context.environments.first[@variable] = value + 1 ^"],
  ['{% decrement page %}', "undefined method `-' for {\"title\"=>\"Fuzz\"}:Hash value -= 1 ^"],
  ['{% increment s %}', 'no implicit conversion of Integer into String'],
  ['{% decrement s %}', "undefined method `-' for \"3\":String value -= 1 ^"],
  ['{% increment list %}', 'no implicit conversion of Integer into Array'],
  ['{% decrement t %}', "undefined method `-' for true:TrueClass value -= 1 ^"],
])('%s raises as Ruby does', (template, message) => {
  expect(() => render(template, { page: { title: 'Fuzz' }, s: '3', list: [1], t: true })).toThrow(message);
});

test('a counter over nil or false starts from 0', () => {
  expect(render('{% increment f %}{% increment f %}{% decrement n %}{{ f }}{{ n }}', { f: false, n: null })).toBe('01-12-1');
});
