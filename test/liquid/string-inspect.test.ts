// Ruby 3.1's String#inspect prints a character as it is when Onigmo calls it printable:
// format characters (a CSV header's BOM, U+200B) and private use too; controls other than
// U+0085, unassigned code points and U+2028/U+2029 are escaped. Expected values from `ruby -e`.
import { inspectString } from '../../lib/liquid/ruby/to-s.js';

test.each([
  ['\uFEFFname', '"\uFEFFname"'],
  ['a\u200Bb', '"a\u200Bb"'],
  ['soft\u00ADhyphen', '"soft\u00ADhyphen"'],
  ['\u200E\u0600\u{E0001}', '"\u200E\u0600\u{E0001}"'],
  ['\uE000\u{F0000}', '"\uE000\u{F0000}"'],
  ['x\u0085y', '"x\u0085y"'],
  ['\u0080\u009F', '"\\u0080\\u009F"'],
  ['line\u2028sep\u2029', '"line\\u2028sep\\u2029"'],
  ['\u0378\uFFFF', '"\\u0378\\uFFFF"'],
  ['\u{1F600}\u00A0', '"\u{1F600}\u00A0"'],
  // assigned after Unicode 13.0 (Ruby 3.1's): escaped, as Jekyll 4.3.1 printed them
  ['a\u{1FAE8}b\u0870c\u061D', '"a\\u{1FAE8}b\\u0870c\\u061D"'],
  // ASCII controls and DEL in a UTF-8 string: \u escapes (Jekyll 4.3.1 printed "a\u0001b", "\u007F")
  ['a\x01b\x1F\x00z\x0E', '"a\\u0001b\\u001F\\u0000z\\u000E"'],
  ['\x7F\u00E9\x07\x1B\x08', '"\\u007F\u00E9\\a\\e\\b"'],
])('inspect of %j', (input, expected) => {
  expect(inspectString(input)).toBe(expected);
});
