// Liquid's round: Utils.to_number makes a Float a BigDecimal of its shortest digits, so halves in
// those digits round away from zero even when the double lies just below them. Rows from Liquid 5.4.
import { render } from './helpers.js';

const rows: Array<[number | string, number, string]> = [
  [0.0305, 3, '0.031'],
  ['0.0305', 3, '0.031'],
  [1.005, 2, '1.01'],
  [2.675, 2, '2.68'],
  [1.0005, 3, '1.001'],
  [-1.005, 2, '-1.01'],
  [0.5, 0, '1'],
  [2.5, 0, '3'],
  [-2.5, 0, '-3'],
  [1e-5, 3, '0.0'],
  [1234.5, -2, '1200'],
  [123.456, -1, '120'],
  [0.1, 20, '0.1'],
  [3.14159, 2, '3.14'],
  [5, 2, '5'],
];

describe('round', () => {
  it.each(rows)('%p | round: %p', (value, digits, expected) => {
    expect(render(`{{ v | round: ${digits} }}`, { v: value })).toBe(expected);
  });
});
