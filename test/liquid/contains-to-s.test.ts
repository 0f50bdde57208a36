// `contains` with a String on the left compares with the right side's Ruby to_s (Liquid's
// Condition: `right = right.to_s if left.is_a?(String)`): a Float is "1.0", an Array its
// inspect, a Hash its inspect. Expected values from Jekyll 4.3.1 (found by scripts/fuzz-liquid.mjs).
import { render } from './helpers.js';

test.each([
  ['{% if "1_000" contains 1.0 %}y{% else %}n{% endif %}', 'n'],
  ['{% if "x1.0" contains 1.0 %}y{% else %}n{% endif %}', 'y'],
  ['{% if "10" contains 10.0 %}y{% else %}n{% endif %}', 'n'],
  ['{% if "[3, 1, 2]" contains page.list %}y{% else %}n{% endif %}', 'y'],
  ['{% if \'{"a"=>1}\' contains page.h %}y{% else %}n{% endif %}', 'y'],
  ['{% if "a2.5" contains 2.5 %}y{% else %}n{% endif %}', 'y'],
  ['{% if "1..3" contains (1..3) %}y{% else %}n{% endif %}', 'y'],
  // a Liquid::Drop's to_s is its class name; it has no include? of its own
  ['{% for x in (1..1) %}{% if "Liquid::ForloopDrop" contains forloop %}y{% else %}n{% endif %}{% endfor %}', 'y'],
  ['{% for x in (1..1) %}{% if forloop contains "i" %}y{% else %}n{% endif %}{% endfor %}', 'n'],
])('%s', (template, expected) => {
  expect(render(template, { page: { list: [3, 1, 2], h: { a: 1 } } })).toBe(expected);
});
