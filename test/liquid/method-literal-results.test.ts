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

// `{% case blank %}` / `{% case empty %}`: Case's left side is Expression.parse's literal, Jekyll's
// Liquid::Expression::MethodLiteral, which Condition's equal_variables does not know (it asks only
// Liquid::Condition::MethodLiteral) and compares with Object#==: no `when` matches, not even `""` or
// `empty`; a `when blank` / `when empty` still asks the case value (Jekyll 4.3.1, liquid 5.4.0).
test.each([
  ['{% case blank %}{% when "" %}S{% when blank %}B{% else %}N{% endcase %}', 'N'],
  ['{% case empty %}{% when "" %}S{% else %}N{% endcase %}', 'N'],
  ['{% case empty %}{% when empty %}E{% when blank %}B{% else %}N{% endcase %}', 'N'],
  ['{% assign a = "" | split: "," %}{% case empty %}{% when a %}A{% else %}N{% endcase %}', 'N'],
  ['{% case empty %}{% when "", empty %}X{% else %}N{% endcase %}', 'N'],
  ['{% case blank %}{% when nil %}Z{% when false %}F{% else %}N{% endcase %}', 'N'],
  ['{% assign y = blank %}{% case y %}{% when "" %}S{% else %}N{% endcase %}', 'S'],
  ['{% case "" %}{% when blank %}B{% when empty %}E{% else %}N{% endcase %}', 'E'],
])('%s', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});
