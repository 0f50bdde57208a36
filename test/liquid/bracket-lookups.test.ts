// VariableLookup#evaluate reads an Array with an Integer only: a String key, by a dot or in
// brackets, is no index (`list.1` and `list["1"]` are nil). Expected values from Jekyll 4.3.1.
import { render } from './helpers.js';

const page = { list: ['a', 'b', 'c'] };

test.each([
  ['[{{ page.list.1 }}|{{ page.list.-1 }}|{{ page.list.0 }}]', '[||]'],
  ['[{{ page.list["1"] }}|{{ page.list["-1"] }}|{{ page.list[1] }}|{{ page.list[-1] }}|{{ page.list[1.5] }}]', '[||b|c|]'],
  ['{% assign i = "1" %}{% assign j = 1 %}[{{ page.list[i] }}|{{ page.list[j] }}]', '[|b]'],
  ['[{{ page.list.size }}|{{ page.list.first }}|{{ page.list.last }}]', '[3|a|c]'],
])('%s', (template, expected) => {
  expect(render(template, { page })).toBe(expected);
});

test('Integer#size is a command method; a Float has none', () => {
  expect(render('{% assign f = 1.5 %}{% assign i = 12 %}[{{ f.size }}|{{ i.size }}|{{ "abc".size }}|{{ page.n.size }}]', { page: { n: 7 } })).toBe('[|8|abc|8]');
});
