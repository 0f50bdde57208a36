// Kernel#sprintf with one Integer, as `ruby -e 'p sprintf(ARGV[0], 7)' -- FORMAT` prints it
// (Ruby 3.1): what Rouge's HTMLTable makes of kramdown's line_format for line 7.
import { rubySprintfInteger, RubySprintfError } from '../../lib/values/ruby-sprintf.js';

test.each<[string, string]>([
  ['%i', '7'], ['%03d', '007'], ['%-4i|', '7   |'], ['%+d', '+7'], ['% d', ' 7'], ['%s', '7'],
  ['%5s', '    7'], ['%x', '7'], ['%#x', '0x7'], ['%o', '7'], ['%b', '111'], ['%.3d', '007'],
  ['%f', '7.000000'], ['%e', '7.000000e+00'], ['%%%i', '%7'], ['%c', '\x07'], ['%1$d-%1$d', '7-7'],
  ['plain', 'plain'], ['%10.4d', '      0007'], ['%-+05d', '+7   '], ['%X', '7'], ['%B', '111'],
  ['%u', '7'], ['%p', '7'], ['%#06x', '0x0007'], ['%#o', '07'], ['%#b', '0b111'], ['%08.3f', '0007.000'],
  ['%-08d|', '7       |'], ['%+.2e', '+7.00e+00'], ['%5.1s', '    7'], ['%#X', '0X7'], ['%0-5d|', '7    |'],
  ['% +d', '+7'], ['%05s', '    7'], ['%.0f', '7'], ['a%%b', 'a%b'], ['<a id="L%i"></a>', '<a id="L7"></a>'],
])('sprintf(%j, 7)', (format, expected) => {
  expect(rubySprintfInteger(format, 7)).toBe(expected);
});

test.each<[string, string]>([
  ['<a id="L%i">%i</a>', 'too few arguments'], ['%c%c', 'too few arguments'], ['%*d', 'too few arguments'],
  ['%2$d', 'too few arguments'], ['%q', 'malformed format string - %q'], ['%ld', 'malformed format string - %l'],
  ['%', 'incomplete format specifier; use %% (double %) instead'], ['%{a}', 'one hash required'],
  ['%<a>d', 'one hash required'], ['%5', 'malformed format string - %*[0-9]'], ['%-', 'invalid format character - %'],
  ['%1$d %d', 'unnumbered(1) mixed with numbered'], ['%d %1$d', 'numbered(1) after unnumbered(1)'],
])('sprintf(%j, 7) raises ArgumentError', (format, message) => {
  expect(() => rubySprintfInteger(format, 7)).toThrow(new RubySprintfError(message));
});
