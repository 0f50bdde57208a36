// {% cycle %} as Liquid 5.4 groups and reads it (tags/cycle.rb); every expected value was printed
// by Jekyll 4.3.1 rendering the same template (scripts/fuzz-liquid.mjs --try).
import { render } from './helpers.js';

const scope = { page: { s: '3', list: [3, 1, 2] } };

test.each([
  // nil values are dropped: the cycle goes over "a" and page.s
  ['{% for x in (1..3) %}{% cycle "a", page.s, nil %}{% cycle "h": 1, 2 %}{% endfor %}', 'a132a1'],
  // a cycle with a variable among its values is a group of its own
  ['{% for i in (1..3) %}{% cycle page.s, "b" %}{% cycle page.s, "b" %}{% endfor %}', '33bb33'],
  // cycles of the same literals share one, however they are quoted
  ['{% for i in (1..3) %}{% cycle "a", "b" %}{% cycle \'a\', "b" %}{% endfor %}', 'ababab'],
  // the markup is split at every comma, even inside quotes; a named cycle is grouped by its name's value;
  // an array value is joined
  ['{% for i in (1..4) %}{% cycle "a,b", "c" %}{% cycle i: 1, 2 %}{% cycle page.list %}{% endfor %}', '13121312c13121312'],
  ['{% cycle "x": 1, 2.0 %}{% cycle "x": 1 %}{% cycle "x": 5, 6, 7 %}', '15'],
])('%s', (template, expected) => {
  expect(render(template, scope)).toBe(expected);
});

test('values are Ruby literals: 1.0 is a Float', () => {
  expect(render('{% cycle 1.0, 2 %}{% cycle 1.0, 2 %}{% cycle 1.0, 2 %}', scope)).toBe('1.021.0');
  // an Array value is joined, a Range printed as itself
  expect(render('{% for i in (1..3) %}{% cycle (1..2), "x" %}{% endfor %}', scope)).toBe('1..2x1..2');
});

// Checked with Jekyll 4.3.1: each comma-split piece goes through Expression.parse, so the halves of a
// quoted string with a comma are lookups (`'rgba(79` is rgba["79"], `0.1)'` is ["0"]["1"]: nil),
// and numbers between them stay numbers (a theme's `{% cycle 'rgba(79, 70, 229, 0.1)', ... %}`).
test('the pieces of a quoted value split at its commas are read as Expression.parse reads them', () => {
  expect(render("{% for i in (1..4) %}[{% cycle 'rgba(79, 70, 229, 0.1)', 'rgba(1, 2)' %}]{% endfor %}", scope)).toBe('[][70][229][]');
  expect(render('{% for i in (1..4) %}[{% cycle 1.5.3, (1..3), page.s, "c(d", e) %}]{% endfor %}', scope)).toBe('[1.5][1..3][3][c(d]');
  expect(render('{% for i in (1..3) %}[{% cycle 2.0, 1e3, -0.5, (a..b) %}]{% endfor %}', scope)).toBe('[2.0][][-0.5]');
});
