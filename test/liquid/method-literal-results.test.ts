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

// An array item a filter pushed `empty` into is read back through Context#find_variable, whose
// to_liquid makes it '' in a condition; sort names its Ruby class when it cannot compare it.
test('a MethodLiteral held in an array reads as its to_liquid in conditions', () => {
  const t = '{% assign a = "a,b" | split: "," | push: empty %}{% for x in a %}[{% if x == empty %}E{% endif %}{% if x < "b" %}<{% endif %}{% if x contains "" %}c{% endif %}{% case x %}{% when empty %}W{% endcase %}]{% endfor %}';
  expect(render(t, {})).toBe('[<c][c][E<cW]');
});

test('sort over a MethodLiteral fails naming its class', () => {
  expect(() => render('{% assign a = "a,b" | split: "," %}{{ a | push: empty | sort }}', {})).toThrow('comparison of String with Liquid::Expression::MethodLiteral failed');
});
