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

// VariableLookup flags size/first/last as commands only after a dot: a bracketed key, quoted or
// a variable's value, is read from the data or gives nil (Jekyll 4.3.1 prints these).
test.each([
  ['[{{ page.list["size"] }}|{{ page.list["first"] }}|{{ page.list[\'last\'] }}]', '[||]'],
  ['{% assign k = "size" %}{% assign f = "first" %}[{{ page.list[k] }}|{{ page.list[f] }}|{{ page.h[k] }}|{{ page.s[k] }}]', '[|||]'],
  ['[{{ page.h["size"] }}|{{ page.h["first"] }}|{{ page.h.size }}|{{ page.h.first }}]', '[||1|a1]'],
  ['[{{ page.s["size"] }}|{{ page.s.size }}|{{ page.hs["size"] }}|{{ page.hs.first }}]', '[|3|big|one]'],
  ['{% if page.list["size"] > 0 %}yes{% else %}no{% endif %}', 'no'],
  ['{% assign w = page.list | where_exp: "i", "i[\'size\'] == nil" %}{{ w | join: "," }}', 'a,b,c'],
])('%s', (template, expected) => {
  expect(render(template, { page: { ...page, h: { a: 1 }, s: 'abc', hs: { size: 'big', first: 'one' } } })).toBe(expected);
});

// Context#lookup_and_evaluate raises under strict_variables only for an object with key? (a
// Hash): an Array read past its end is nil, found (Jekyll 4.3.1 renders these; `h[1]` raises).
test('strict_variables: an Array index past the end is nil, a Hash key that is missing raises', () => {
  const strict = { config: { liquid: { strict_variables: true } } };
  const scope = { page: { list: ['x', 'y'], h: { a: 1 } } };
  expect(render('[{{ page.list[5] }}|{{ page.list[-9] }}|{{ page.list[5] | default: "d" }}|{{ page.list[page.list.size] }}]', scope, strict)).toBe('[||d|]');
  expect(() => render('{{ page.h[1] }}', scope, strict)).toThrow('undefined variable 1');
});

// VariableParser's bracket ends at the first `]`: `h[l[0]]` is `h[l.0]` (the String key "0": nil
// on an Array, found in a hash), `h[k["a"]]` is `h[k.a]` (values printed by Ruby Liquid 5.4).
test.each([
  ['[{{ page.h[page.list[0]] }}|{{ page.h[page.k["a"]] }}|{{ page.h[page.m[0]] }}|{{ page.list[page.list.size] }}]', '[|A|A|]'],
  ['{% if page.h[page.list[0]] %}y{% else %}n{% endif %}{% assign v = page.h[page.m[0]] %}{{ v }}{% for x in page.h[page.list[0]] %}x{% endfor %}', 'nA'],
  ['{{ page.h[page.list[0]] | default: "d" }}|{{ "a[b[0]]" }}', 'd|a[b[0]]'],
])('%s', (template, expected) => {
  expect(render(template, { page: { h: { a: 'A', '0': 'zero' }, list: ['a'], k: { a: 'a' }, m: { '0': 'a' } } })).toBe(expected);
});
