// where_exp, find_exp and group_by_exp evaluate their expression per item with direct calls in a
// synchronous render (filters/expression.ts → sync-output.ts#valueEvaluator), as liquidjs's
// generators did: the same items for and/or (stopping at the side that decides), nil, blank and
// empty, bracket keys, contains, comparisons, and a range (not compiled: liquidjs evaluates it).
import { render } from './helpers.js';

const posts = [
  { title: 'A', pin: true, tags: ['x', 'y'], n: 1, h: { k: 'v' } },
  { title: 'B', hidden: true, tags: [], n: 2, h: {} },
  { title: 'C', tags: ['y'], n: 3, e: '' },
  { title: 'D', pin: false, n: 4, e: 'z', h: { k: 'w' } },
];

test.each([
  ['item.pin != true and item.hidden != true', 'C,D'],
  ['item.pin or item.hidden', 'A,B'],
  ['item.tags contains "y"', 'A,C'],
  ['item.n > 1 and item.n <= 3', 'B,C'],
  ['item.pin == nil', 'B,C'],
  ['item.e == empty', ''],
  ['item.e', 'C,D'],
  ['item.h["k"] == "v"', 'A'],
  ['item["title"] == "D"', 'D'],
  ['item.tags.size > 0', 'A,C'],
  ['item.n == page.n', 'B'],
  ['(1..2) contains item.n', 'A,B'],
  ['true', 'A,B,C,D'],
  ['nil', ''],
])('where_exp %s', (expression, expected) => {
  const template = `{{ posts | where_exp: "item", '${expression}' | map: "title" | join: "," }}`;
  expect(render(template, { posts, page: { n: 2 } })).toBe(expected);
  // the same parsed expression again, on another page
  expect(render(`${template}|${template}`, { posts, page: { n: 2 } })).toBe(`${expected}|${expected}`);
});

test('find_exp and group_by_exp', () => {
  expect(render('{{ posts | find_exp: "p", "p.n > 2" | map: "title" }}', { posts })).toBe('C');
  expect(render('{% assign g = posts | group_by_exp: "p", "p.n | modulo: 2" %}{% for x in g %}{{ x.name }}:{{ x.size }};{% endfor %}', { posts })).toBe('1:2;0:2;');
});
