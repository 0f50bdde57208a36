// Liquid 5.4's compact and sort_natural given a property read `item[property]` as Ruby does:
// String#[] finds a substring (or a character, given an Integer), Integer#[] takes no String (a
// property error), an item with no #[] (nil, true, a Float) makes compact's result nil, and
// sort_natural gives nil unless every item has a #[]. sort_natural's nil_safe_casecmp puts a nil
// after anything, another nil too, in Array#sort's order of comparisons. Expected values printed
// by Jekyll 4.3.1 for the same templates (scripts/fuzz-liquid.mjs --try).
import { render } from './helpers.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';

const ITEMS = [{ name: 'apple', price: 3 }, { name: 'Banana', price: 2.5 }, { name: 'cherry', price: '10' }, { name: 'date', price: null }];

test.each([
  ["{{ true | compact: 'x' | inspect }}", 'nil'],
  ["{{ '' | compact: 'x' | inspect }}", '[]'],
  ["{{ nil | compact: 'x' | inspect }}", '[]'],
  ["{% assign l = 'x,y,' | split: ',' | push: nil %}{{ l | compact: 'x' | inspect }}", 'nil'],
  ["{% assign l = 'x,y,' | split: ',' | push: 2.5 %}{{ l | compact: 'x' | inspect }}", 'nil'],
  ["{{ items | sort_natural: 'price' | map: 'name' | join: ',' }}", 'cherry,Banana,apple,date'],
  ["{{ items | sort_natural: 'missing' | map: 'name' | join: ',' }}", 'date,cherry,Banana,apple'],
  ["{% assign l = 'b,a,C' | split: ',' | push: nil %}{{ l | sort_natural: 'a' | inspect }}", 'nil'],
  ["{% assign l = 'b,a,C' | split: ',' %}{{ l | sort_natural: 0 | inspect }}{{ l | compact: 0 | inspect }}", '[&quot;a&quot;, &quot;b&quot;, &quot;C&quot;][&quot;b&quot;, &quot;a&quot;, &quot;C&quot;]'],
  ["{{ false | sort_natural: 'tags' }}|{{ 1.0 | sort_natural: 'x' }}|{{ 1 | sort_natural: 'x' }}|{{ 'abc' | sort_natural: 'x' }}", '||1|abc'],
])('%s', (template, expected) => {
  expect(render(template, { items: ITEMS })).toBe(expected);
});

// Where two values have no <=> (an Array and a String), Jekyll's sort compares
// `a_property.to_s <=> b_property.to_s`, and Liquid's sort_natural always compares
// `a.to_s.casecmp(b.to_s)`: an Array's to_s is its inspect (`["a"]`, `[]`), not its join. Printed
// by Jekyll 4.3.1 for a site whose _data holds these items (kyll joined: `e,c,g,a,b,d|e,g,a,b,d,c`).
test('sort and sort_natural compare an Array property by its inspect', () => {
  const t = [{ n: 'a', k: '[0' }, { n: 'b', k: ['a'] }, { n: 'c', k: 'Z' }, { n: 'd', k: ['x', 'y'] }, { n: 'e', k: [] }, { n: 'g', k: '["a"]!' }];
  expect(render("{{ t | sort: 'k' | map: 'n' | join: ',' }}|{{ t | sort_natural: 'k' | map: 'n' | join: ',' }}", { t })).toBe('c,b,g,a,e,d|b,g,d,a,e,c');
});

test.each([["{{ 3 | compact: 'tags' }}"], ["{{ (1..3) | compact: 'tags' }}"], ["{{ (1..2) | sort_natural: 'tags' }}"]])('%s: a property error', (template) => {
  expect(() => render(template)).toThrow("Liquid error (line 1): cannot select the property 'tags'");
});

// Jekyll::Filters#item_property runs parse_sort_input: a value that looks like a Float becomes
// String#to_f's Float, which prints "2.0" (Float#to_s), so `where: "version", "2.0"` matches the
// string "2.0" and the Float 1.0, and group_by names the group "2.0"; one that looks like an
// Integer becomes Integer (exact past 2**53). Printed by Jekyll 4.3.1 for the same templates.
test.each([
  ["{{ v | where: 'version', '2.0' | map: 'name' | join }}", 'a b'],
  ["{{ v | where: 'version', '2' | map: 'name' | join }}", ''],
  ["{{ v | where: 'f', '1.0' | map: 'name' | join }}", 'a c'],
  ["{{ v | where: 'f', 1 | map: 'name' | join }}", ''],
  ["{{ v | where: 'g', '5.0' | map: 'name' | join }}", 'a'],
  ["{{ v | find: 'version', '2.0' | map: 'name' | join }}", 'a'],
  ["{% assign gs = v | group_by: 'version' %}{% for g in gs %}{{ g.name }}:{{ g.size }};{% endfor %}", '2.0:2;1.1:1;'],
  ["{% assign gs = v | group_by: 'f' %}{% for g in gs %}{{ g.name }}:{{ g.size }};{% endfor %}", '1.0:2;2:1;'],
  ["{% assign gs = v | group_by: 'g' %}{% for g in gs %}{{ g.name }}:{{ g.size }};{% endfor %}", '5.0:1;7:1;-0.5:1;'],
  ["{{ v | where: 'big', '12345678901234567891' | map: 'name' | join }}", 'c'],
])('parse_sort_input keeps Floats: %s', (template, expected) => {
  const v = [
    { name: 'a', version: '2.0', f: new RubyFloat(1), g: '5.' },
    { name: 'b', version: '2.0', f: 2, g: ' 7 ' },
    { name: 'c', version: '1.10', f: new RubyFloat(1), g: '-.5', big: '12345678901234567891' },
  ];
  expect(render(template, { v })).toBe(expected);
});
