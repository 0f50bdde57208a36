// Ruby's Time holds any year: Time.parse reads `Jan 20230501` as the year 20,230,501, and the
// date filters print it (%Y, %s, xmlschema) where a JS Date ends at ±275,760 years (kyll printed
// NaN). Such a time is kept as a Date 400-year cycles back, the same place of the calendar.
// Expected: Jekyll 4.3.1 (Liquid 5.4.0) with TZ=UTC under faketime 2026-01-01.
import { render } from './helpers.js';

test.each([
  ["{{ 'Jan 20230501' | date: '%Y-%m-%d %a %j %s %z' }}", '20230501-01-01 Sat 001 638350781817600 +0000'],
  ["{{ 'Dec 31 20230501 23:59:59 -1000' | date_to_xmlschema }}", '20230502-01-01T09:59:59+00:00'],
  ["{{ '20230501-07-04 10:00' | date_to_long_string }}", '04 July 20230501'],
  ["{{ '-300000-07-01' | date: '%Y %m %d %a %j %s' }}", '-300000 07 01 Sat 183 -9529237094400'],
  ["{{ 'Jan 300000' | date: '%Y %G %V %C %y %c' }}", '300000 299999 52 3000 00 Sat Jan  1 00:00:00 300000'],
  ["{{ 'Jan 20230501' | date_to_string: 'ordinal', 'US' }}", 'Jan 1st, 20230501'],
])('%s', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});
