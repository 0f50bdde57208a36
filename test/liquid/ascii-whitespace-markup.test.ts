// Ruby Liquid's lexer and lax patterns (Lexer, QuotedFragment, Assign::Syntax, FullToken) read
// white space as Ruby's \s, ASCII only: a no-break space in a markup is an unexpected character
// (the strict parse fails, the lax one reads it as part of a fragment). `{{ "q"<NBSP> }}` is then
// a lookup of the variable q, `{% if true<NBSP> %}` one of a variable named true (nil), and an
// assign whose name and `=` a no-break space parts fails. Expected: Jekyll 4.3.1 (Liquid 5.4.0).
import { render } from './helpers.js';

test.each([
  ['[{{\u00a0"q"\u00a0}}]', '[]'],
  ['[{{ "a"\u00a0| upcase }}]', '[A]'],
  ['[{% if true\u00a0%}t{% endif %}]', '[]'],
  ['[{{ true\u00a0}}]', '[]'],
  ['[{{\u00a0}}]', '[]'],
  ['[{% for i in (1..2)\u00a0%}{{i}}{% endfor %}]', '[]'],
])('%j', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});

test('an assign split by a no-break space fails as Liquid does', () => {
  expect(() => render('{% assign v\u00a0= 1 %}{{ v }}', {})).toThrow("Syntax Error in 'assign' - Valid syntax: assign [var] = [source]");
});
