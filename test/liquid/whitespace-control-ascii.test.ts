// Whitespace control trims as Ruby's String#rstrip!/#lstrip! do (BlockBody#whitespace_handler):
// ASCII white space and NUL only, never U+3000, U+00A0 or U+2028, which liquidjs's own trimming
// takes; and a block's body is blank (BlockBody's WhitespaceOrNothing, /\A\s*\z/) only when its
// text is ASCII white space. Expected: Jekyll 4.3.1 (Liquid 5.4.0) on the same pages.
import { render } from './helpers.js';

test.each([
  ['[a\u3000{%- if true -%}\u3000b\u00a0{%- endif %}]', '[a\u3000\u3000b\u00a0]'],
  ["[x\u00a0{{- 'y' -}}\u2028z]", '[x\u00a0y\u2028z]'],
  ['[{% if true %}\u3000{% endif %}]', '[\u3000]'],
  ['[{% for i in (1..2) %}\u00a0{% endfor %}]', '[\u00a0\u00a0]'],
  ['[a \u3000 \n{%- assign q = 1 -%}\n \u00a0 b]', '[a \u3000\u00a0 b]'],
  ['[\0 {%- if true %}x{% endif -%} \0y]', '[xy]'],
  ['[{% unless false %} \u2028 {% endunless %}]', '[ \u2028 ]'],
  ['[{% for i in (1..2) %} {{- i -}} \u3000{%- endfor %}]', '[1\u30002\u3000]'],
  ['[ \u3000 {%- raw -%} r {% endraw -%} \u3000 ]', '[ \u3000 r \u3000 ]'],
])('%j', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});
