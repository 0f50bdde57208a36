// Liquid's modulo and divided_by on Floats compute in BigDecimal (Utils.to_number); the
// rendered values are in fixtures/sites/realsites12a-decimal-math (real Jekyll).
import { liquid } from './helpers.js';

test('a Float modulo zero fails as Integer modulo zero does (ZeroDivisionError)', () => {
  const l = liquid({});
  expect(() => l.render(l.parse('{{ 5.5 | modulo: 0 }}', 'index.html'), {})).toThrow('divided by 0');
  expect(l.render(l.parse('{{ 5.5 | divided_by: 0 }}', 'index.html'), {})).toBe('Infinity');
});
