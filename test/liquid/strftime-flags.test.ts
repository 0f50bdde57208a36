// Ruby's Time#strftime (strftime.c) for what blogs seldom write but Jekyll prints all the same:
// `%z` with `-`, `_`, `0` and a width; `-` on a name (no padding at all); the POSIX E and O
// modifiers, skipped before the conversions that take them. Each expected line is what
// `Time.new(2024, 3, 3, 9, 5, 7, offset).strftime(format)` printed with Ruby 3.1.
import { JekyllTime } from '../../lib/time/index.js';
import { strftime } from '../../lib/liquid/ruby/strftime.js';
import { RubyDate } from '../../lib/read/ruby-date.js';

const FORMAT = '%-z|%-:z|%_z|%_:z|%_::z|%10z|%_10z|%-10z|%_-z|%-_z|%0_z|%:10z|%::12z|%-10A|%-_10A|%_-10A|%010A|%-10b|%Ey|%EY|%EC|%Ex|%EX|%Ec|%Od|%Oe|%OH|%Ok|%OI|%Ol|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy|%OB|%Ez|%E|%O|%-Ey|%5Oy|%:y';

const rows: Array<[string, number, string]> = [
  ['+09:00', 9 * 3600, '+0900|+09:00| +900| +9:00| +9:00:00|+000000900|      +900|+000000900|+0900| +900| +900|%:10z|%::12z|Sunday|Sunday|Sunday|0000Sunday|Mar|24|2024|20|03/03/24|09:05:07|Sun Mar  3 09:05:07 2024|03| 3|09| 9|09| 9|03|05|07|7|09|09|0|09|24|%OB|%Ez|%E|%O|24|00024|%:y'],
  ['-03:30', -(3 * 3600 + 30 * 60), '-0330|-03:30| -330| -3:30| -3:30:00|-000000330|      -330|-000000330|-0330| -330| -330|%:10z|%::12z|Sunday|Sunday|Sunday|0000Sunday|Mar|24|2024|20|03/03/24|09:05:07|Sun Mar  3 09:05:07 2024|03| 3|09| 9|09| 9|03|05|07|7|09|09|0|09|24|%OB|%Ez|%E|%O|24|00024|%:y'],
  ['-00:30', -30 * 60, '-0030|-00:30| -030| -0:30| -0:30:00|-000000030|      -030|-000000030|-0030| -030| -030|%:10z|%::12z|Sunday|Sunday|Sunday|0000Sunday|Mar|24|2024|20|03/03/24|09:05:07|Sun Mar  3 09:05:07 2024|03| 3|09| 9|09| 9|03|05|07|7|09|09|0|09|24|%OB|%Ez|%E|%O|24|00024|%:y'],
  ['+05:45', 5 * 3600 + 45 * 60, '+0545|+05:45| +545| +5:45| +5:45:00|+000000545|      +545|+000000545|+0545| +545| +545|%:10z|%::12z|Sunday|Sunday|Sunday|0000Sunday|Mar|24|2024|20|03/03/24|09:05:07|Sun Mar  3 09:05:07 2024|03| 3|09| 9|09| 9|03|05|07|7|09|09|0|09|24|%OB|%Ez|%E|%O|24|00024|%:y'],
];

describe('strftime flags, widths and modifiers as Ruby reads them', () => {
  test.each(rows)('at %s', (_name, offset, expected) => {
    const t = new JekyllTime(Date.UTC(2024, 2, 3, 9, 5, 7) - offset * 1000, offset);
    expect(strftime(t, FORMAT)).toBe(expected);
  });
});

// The case flags (strftime.c): `#` upcases the names (`%#b`, `%^#b`), downcases `%#p` and `%#Z`
// over a `^`, leaves `%#P` as `AM`, and does nothing to a composite (`%#c`, `%#r`), which only
// `^` upcases. `-` gives a UTC Time (Time#utc?) the sign of an unknown offset. Expected lines:
// Ruby 3.1's `Time.utc(2024, 3, 3, 15, 5, 7)`, `Time.new(..., "+00:00")` and `Time.new(2024, 3, 3, 9, 5, 7, "+09:00")`.
const CASES = '%^#b|%#b|%#^b|%#a|%#A|%#B|%^#A|%#Z|%^Z|%^#Z|%#p|%^p|%#P|%^#p|%^P|%^#P|%#h|%^c|%#c|%#r|%#v|%#x|%-z|%-:z|%-::z|%-10z|%_-z|%-_z|%-:::z|%z';
test.each([
  ['UTC', new JekyllTime(Date.UTC(2024, 2, 3, 15, 5, 7), 0, true), 'UTC', 'MAR|MAR|MAR|SUN|SUNDAY|MARCH|SUNDAY|utc|UTC|utc|pm|PM|PM|pm|PM|PM|MAR|SUN MAR  3 15:05:07 2024|Sun Mar  3 15:05:07 2024|03:05:07 PM| 3-MAR-2024|03/03/24|-0000|-00:00|-00:00:00|-000000000|-0000| -000|-00|+0000'],
  ['+00:00', new JekyllTime(Date.UTC(2024, 2, 3, 15, 5, 7), 0), '', 'MAR|MAR|MAR|SUN|SUNDAY|MARCH|SUNDAY||||pm|PM|PM|pm|PM|PM|MAR|SUN MAR  3 15:05:07 2024|Sun Mar  3 15:05:07 2024|03:05:07 PM| 3-MAR-2024|03/03/24|+0000|+00:00|+00:00:00|+000000000|+0000| +000|+00|+0000'],
  ['+09:00', new JekyllTime(Date.UTC(2024, 2, 3, 0, 5, 7), 9 * 3600), '', 'MAR|MAR|MAR|SUN|SUNDAY|MARCH|SUNDAY||||am|AM|AM|am|AM|AM|MAR|SUN MAR  3 09:05:07 2024|Sun Mar  3 09:05:07 2024|09:05:07 AM| 3-MAR-2024|03/03/24|+0900|+09:00|+09:00:00|+000000900|+0900| +900|+09|+0900'],
])('case flags and a UTC sign at %s', (_name, t, zone, expected) => {
  expect(strftime(t, CASES, zone)).toBe(expected);
});

// A composite (%c %D %x %F %T %X %R %r %v) is padded to its width by Time#strftime (strftime.c's
// STRFTIME) even after `-`, which only sets the padding back to spaces; Date#strftime
// (date_strftime.c) pads none under `-`. Expected lines: Ruby 3.1's
// `Time.new(2024, 3, 3, 9, 5, 7, "+09:00")` and `Date.new(2024, 3, 3)`.
const COMPOSITES = '%-11R|%_-11R|%-011R|%0-11R|%-12F|%-10D|%-10T|%-12r|%-14v|%-10x|%-10X|%-30c|%^-30c|%-012F|%_12R|%012R|%-10A|%-5n';
test.each([
  ['Time', new JekyllTime(Date.UTC(2024, 2, 3, 0, 5, 7), 9 * 3600), '      09:05|      09:05|00000009:05|      09:05|  2024-03-03|  03/03/24|  09:05:07| 09:05:07 AM|    3-MAR-2024|  03/03/24|  09:05:07|      Sun Mar  3 09:05:07 2024|      SUN MAR  3 09:05:07 2024|002024-03-03|       09:05|000000009:05|Sunday|\n'],
  ['Date', new RubyDate(2024, 3, 3), '00:00|00:00|00:00|00:00|2024-03-03|03/03/24|00:00:00|12:00:00 AM| 3-MAR-2024|03/03/24|00:00:00|Sun Mar  3 00:00:00 2024|SUN MAR  3 00:00:00 2024|2024-03-03|       00:00|000000000:00|Sunday|\n'],
])('a composite with a width after `-` in a %s', (_name, t, expected) => {
  expect(strftime(t, COMPOSITES)).toBe(expected);
});
