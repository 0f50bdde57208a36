// StandardFilters#ceil/#floor are `Utils.to_number(input).ceil.to_i`: an Integer too large for a
// double (a Bignum) is itself, exactly, and so for round, abs, at_least and at_most; a large Float's
// to_i is exact too. kyll went through a double (12345678901234567890 | ceil printed
// 12345678901234567000). Expected values printed by Jekyll 4.3.1 rendering the same templates.
import { render } from './helpers.js';

const T = '{{ b | ceil }}|{{ b | floor }}|{{ b | round }}|{{ b | abs }}|{{ b | at_least: 1 }}|{{ "-12345678901234567890" | abs }}|{{ "10000000000000000.0" | times: 1000 | floor }}|{{ -0.5 | ceil }}|{{ b | at_most: 1 }}';

test('Bignums and large Floats through ceil, floor, round, abs, at_least, at_most', () => {
  expect(render(T, { b: '12345678901234567890' })).toBe(
    '12345678901234567890|12345678901234567890|12345678901234567890|12345678901234567890|12345678901234567890|12345678901234567890|10000000000000000000|0|1',
  );
});

// Integer#round with negative digits rounds half away from zero, exactly.
test('a Bignum rounded to tens and hundreds', () => {
  expect(render('{{ b | round: -2 }}|{{ "-12345678901234567850" | round: -2 }}|{{ b | round: -25 }}|{{ "12345678901234567850" | round: -2 }}', { b: '12345678901234567890' })).toBe(
    '12345678901234567900|-12345678901234567900|0|12345678901234567900',
  );
});
