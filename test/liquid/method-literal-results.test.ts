// Jekyll makes `empty` and `blank` MethodLiterals (jekyll/liquid_expr_method_literal.rb) whose
// to_liquid is ''. Liquid's Context#invoke takes each filter result's to_liquid, so
// `x | default: empty` hands on '' (a search.json's `"categories": ""` for a page without
// categories), and jsonify's as_liquid writes the literal itself as "".
import { render } from './helpers.js';

test.each([
  ['{{ nil | default: empty | jsonify }}', '""'],
  ['{{ nil | default: blank | jsonify }}', '""'],
  ['{{ empty | jsonify }}', '""'],
  ['{{ a | default: empty | inspect }}', '&quot;&quot;'],
  ['{% assign x = nil | default: empty %}{{ x | jsonify }}|{{ x.size }}|{% if x == empty %}eq{% endif %}|{{ x | append: "z" }}', '""|0|eq|z'],
])('%s', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});
