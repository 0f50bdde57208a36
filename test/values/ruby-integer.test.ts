// Kernel#Integer of a String, as Ruby 3.1 answers (ruby -e 'Integer(s)'): one reader for Liquid's
// Utils.to_integer, the CSV converters and kramdown's integer options.
import { rubyInteger, rubyStringToI } from '../../lib/values/ruby-integer.js';

test.each([
  ['0x1A', 26], [' 12 ', 12], ['1_000', 1000], ['017', 15], ['0_7', 7], ['0d12', 12], ['0D9', 9], ['0b101', 5], ['0o17', 15],
  ['-0x1A', -26], ['+5', 5], ['12\n', 12], ['\t12', 12], ['\v12\f', 12], ['00', 0], ['0', 0], ['-0', 0], ['0_0', 0], ['1_0_0', 100], [' +0x1a ', 26],
])('%j is %d', (text, value) => {
  expect(rubyInteger(text)).toBe(value);
});

test.each(['08', '0_8', '0x', '0b', '0o', '0d', '1__0', '_1', '1_', '- 1', '+-1', '-_1', '0X_1', '0x_1', '0o_7', '0b_1', '0d_1', '0__7', '12\0', '1e3', '', ' ', '٣', '\u00a012', '12\u3000', '0xg', '2.0'])(
  '%j raises ArgumentError',
  (text) => {
    expect(rubyInteger(text)).toBeUndefined();
  },
);

test('past 2^53 it is a bigint', () => {
  expect(rubyInteger('9007199254740993')).toBe(9007199254740993n);
  expect(rubyInteger('-0x20000000000001')).toBe(-9007199254740993n);
});

test.each([
  ['1__2', 1], [' \n-12', -12], ['\u00a012', 0], ['12_3_', 123], ['--1', 0], ['0x1A', 0], ['1e3', 1], ['_12', 0], ['+_1', 0], ['- 1', 0], ['\v+7x', 7], ['', 0], ['  ', 0],
  ['1_000_000', 1000000], ['007', 7], ['٣4', 0],
])('String#to_i of %j is %d', (text, value) => {
  expect(rubyStringToI(text)).toBe(value);
});
