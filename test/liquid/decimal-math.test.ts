// Liquid's modulo and divided_by on Floats compute in BigDecimal (Utils.to_number); the
// rendered values are in fixtures/sites/realsites12a-decimal-math (real Jekyll).
import { liquid } from './helpers.js';

test('a Float modulo zero fails as Integer modulo zero does (ZeroDivisionError)', () => {
  const l = liquid({});
  expect(() => l.render(l.parse('{{ 5.5 | modulo: 0 }}', 'index.html'), {})).toThrow('divided by 0');
  expect(l.render(l.parse('{{ 5.5 | divided_by: 0 }}', 'index.html'), {})).toBe('Infinity');
});

// plus, minus and times with a Float in them: BigDecimal's exact result, rounded once by to_f, and
// its signed zero (expected values from Jekyll 4.3.1, scripts/fuzz-liquid.mjs --try).
test.each([
  ['{{ 1 | divided_by: 3.0 | times: 3 }}', '0.9999999999999999'],
  ['{{ 0.1 | minus: 0.1 | times: -1 }}', '-0.0'],
  ['{{ 9007199254740993 | plus: 0.5 }}', '9.007199254740994e+15'],
  ['{{ 1.005 | times: 1000 }}', '1005.0'],
  ["{{ '0.1000000000000000000001' | plus: 0 }}", '0.1'],
  // BigDecimal#%: a zero remainder has no sign
  ['{{ -0.5 | modulo: 0.5 }}|{{ -1 | modulo: 0.5 }}|{{ "-1.0" | modulo: 1 }}|{{ -0.25 | modulo: 0.125 }}', '0.0|0.0|0.0|0.0'],
  // an Integer has no negative zero ("-0".to_i and the literal -0 are 0), a decimal string's BigDecimal has
  ['{{ "-0" | times: 2.0 }}|{{ -0 | times: 2.0 }}|{{ "-0" | minus: 0.0 }}|{{ "-0.0" | times: 1 }}|{{ 0 | times: -1 | times: 1.0 }}', '0.0|0.0|0.0|-0.0|0.0'],
])('%s is %s', (template, expected) => {
  const l = liquid({});
  expect(l.render(l.parse(template, 'index.html'), {})).toBe(expected);
});
