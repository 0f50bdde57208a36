// Liquid::Utils.to_date reads `obj.downcase` (String#downcase, full Unicode), not the text as
// written: `İ` becomes `i` and a combining dot, which Date._parse turns into a space (so `Jan`
// after it is a month) and which adds a byte toward Date._parse's 128-byte limit. A CJK letter
// before `markdown` leaves no word boundary (no March): the day of the year 100 is read.
// Expected: Liquid 5.4.0 with TZ=UTC under faketime 2026-01-01.
import { render } from './helpers.js';

test.each([
  ['{{ "İJan 5 2020" | date: "%F" }}', '2020-01-05'],
  [`{{ "2020-01-05 ${'İ'.repeat(40)}" | date: "%F" }}`, `2020-01-05 ${'İ'.repeat(40)}`],
  ['{{ "Firefox中markdown的img max-width:100%不兼容问题" | date: "%F" }}', '2026-04-10'],
])('%s', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});
