// Ruby's Time#strftime reads a directive as strftime.c's scanner does: `%:::z` (hours, then the
// minutes and seconds only when not zero), sequences it does not know copied as written from the
// `%` to the character that ended them (`%:%z`, `%::::z`, a flag after a width), a width on `%%`,
// `%n`, `%t`, the later of `_` and `0` padding, and an error for a format that ends inside a
// directive. Each expected line is what `Time.new(2024, 3, 3, 9, 5, 7, offset).strftime(format)`
// printed with Ruby 3.1.
import { JekyllTime } from '../../lib/time/index.js';
import { strftime } from '../../lib/liquid/ruby/strftime.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { RubyDateTime } from '../../lib/read/ruby-datetime.js';

const FORMAT = '%:::z|%-:::z|%_:::z|%5:::z|%010:::z|%:%z|%::%z|%::::z|%:::::z|%:|%:y|%:3z|%3:z|%10%|%-10%|%10n|%_5t|%10-d|%-_10d|%_-10d|%0_5d|%_05d|%^_10a|%0_10A|%_010A|%E|%Ez|%E%z|%O%z|%Q|%+|%i|%J|%5%';

const rows: Array<[string, number, string]> = [
  ['+09:00', 32400, '+09|+09| +9|+0009|+000000009|%:+0900|%::+0900|%::::z|+09:00|%:|%:y|%:3z|+09:00|         %|%|         \n|    \t|%10-d|3|3|    3|00003|       SUN|    Sunday|0000Sunday|%E|%Ez|%E+0900|%O+0900|%Q|%+|%i|%J|    %'],
  ['-03:30', -12600, '-03:30|-03:30| -3:30|-03:30|-000003:30|%:-0330|%::-0330|%::::z|-03:30|%:|%:y|%:3z|-03:30|         %|%|         \n|    \t|%10-d|3|3|    3|00003|       SUN|    Sunday|0000Sunday|%E|%Ez|%E-0330|%O-0330|%Q|%+|%i|%J|    %'],
  ['-00:30', -1800, '-00:30|-00:30| -0:30|-00:30|-000000:30|%:-0030|%::-0030|%::::z|-00:30|%:|%:y|%:3z|-00:30|         %|%|         \n|    \t|%10-d|3|3|    3|00003|       SUN|    Sunday|0000Sunday|%E|%Ez|%E-0030|%O-0030|%Q|%+|%i|%J|    %'],
  ['+05:45', 20700, '+05:45|+05:45| +5:45|+05:45|+000005:45|%:+0545|%::+0545|%::::z|+05:45|%:|%:y|%:3z|+05:45|         %|%|         \n|    \t|%10-d|3|3|    3|00003|       SUN|    Sunday|0000Sunday|%E|%Ez|%E+0545|%O+0545|%Q|%+|%i|%J|    %'],
  ['+08:05:43', 29143, '+08:05:43|+08:05:43| +8:05:43|+08:05:43|+008:05:43|%:+0805|%::+0805|%::::z|+08:05|%:|%:y|%:3z|+08:05|         %|%|         \n|    \t|%10-d|3|3|    3|00003|       SUN|    Sunday|0000Sunday|%E|%Ez|%E+0805|%O+0805|%Q|%+|%i|%J|    %'],
  ['+00:00', 0, '+00|+00| +0|+0000|+000000000|%:+0000|%::+0000|%::::z|+00:00|%:|%:y|%:3z|+00:00|         %|%|         \n|    \t|%10-d|3|3|    3|00003|       SUN|    Sunday|0000Sunday|%E|%Ez|%E+0000|%O+0000|%Q|%+|%i|%J|    %'],
];

describe("strftime reads directives as strftime.c's scanner", () => {
  test.each(rows)('at %s', (_name, offset, expected) => {
    const t = new JekyllTime(Date.UTC(2024, 2, 3, 9, 5, 7) - offset * 1000, offset);
    expect(strftime(t, FORMAT)).toBe(expected);
  });

  // Ruby 3.1: ArgumentError "invalid format: <the format>", a Liquid error in a template
  test.each(['%', '%-', '%_', '%1', '%10', '%:%', '%Y%', 'abc%^', '%-5', '%#'])('Time fails on %s', (format) => {
    const t = new JekyllTime(Date.UTC(2024, 2, 3, 9, 5, 7), 0);
    expect(() => strftime(t, format)).toThrow(`invalid format: ${format}`);
  });

  // Date#strftime (date_strftime.c) prints what is left as written: `Date.new(2023, 1, 2)`
  test('a Date prints an unfinished directive as written', () => {
    const d = new RubyDate(2023, 1, 2);
    expect(strftime(d, 'abc %Y %')).toBe('abc 2023 %');
    expect(strftime(d, '%Y%-')).toBe('2023%-');
    expect(strftime(d, '%:%')).toBe('%:%');
  });

  // `%0e`: a width of zero is the default width, padded with zeros (Ruby 3.1: `02`)
  test('%0e pads the day with a zero', () => {
    const t = new JekyllTime(Date.UTC(2023, 0, 2, 3, 4, 5), 0);
    expect(strftime(t, '%0e|%0d|%00e|%0_e')).toBe('02|02|02| 2');
  });

  // Date#strftime's `-` on `z` leaves the hours one digit: `DateTime.new(2023,1,2,3,4,5,"+05:45")`
  // and `Date.new(2023,1,2)` with Ruby 3.1
  test("a Date's %-z", () => {
    const FORMATS = '%-z|%-:z|%-::z|%-:::z|%-10z|%_-z|%-_z|%0-z|%-0z|%-5:z|%-_10z';
    const dt = new RubyDateTime(Date.UTC(2023, 0, 2, 3, 4, 5) - 20700 * 1000, 20700);
    expect(strftime(dt, FORMATS)).toBe('+545|+5:45|+5:45:00|+5:45|+000000545|+545|+545|+545|+545|+5:45|      +545');
    expect(strftime(new RubyDate(2023, 1, 2), FORMATS)).toBe('+000|+0:00|+0:00:00|+0|+000000000|+000|+000|+000|+000|+0:00|      +000');
  });
});
