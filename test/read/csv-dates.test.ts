// CSV::Converters[:date] and [:date_time] (Ruby 3.1, csv 3.2.2): each row is a field, then the
// inspect of what Ruby's converter made of it (null: the field stays a String).
import { csvDate, csvDateTime } from '../../lib/read/csv-dates.js';

const ROWS: Array<[string, string | null, string | null]> = [
  ['2021-07-04', '#<Date: 2021-07-04 ((2459400j,0s,0n),+0s,2299161j)>', '#<DateTime: 2021-07-04T00:00:00+00:00 ((2459400j,0s,0n),+0s,2299161j)>'],
  ['2021-7-4', null, null],
  ['July 4, 2021', '#<Date: 2021-07-04 ((2459400j,0s,0n),+0s,2299161j)>', null],
  ['jul 4 2021', '#<Date: 2021-07-04 ((2459400j,0s,0n),+0s,2299161j)>', null],
  ['Sunday, Aug 8, 21', '#<Date: 2021-08-08 ((2459435j,0s,0n),+0s,2299161j)>', null],
  ['Sun Aug 8 69', '#<Date: 1969-08-08 ((2440442j,0s,0n),+0s,2299161j)>', null],
  ['Sept 30 1999', '#<Date: 1999-09-30 ((2451452j,0s,0n),+0s,2299161j)>', null],
  ['Feb 29, 2023', null, null],
  ['Feb 29, 2024', '#<Date: 2024-02-29 ((2460370j,0s,0n),+0s,2299161j)>', null],
  ['Apple 4, 2021', null, null],
  ['Jan 2, 1200', '#<Date: 1200-01-02 ((2159359j,0s,0n),+0s,2299161j)>', null],
  ['Oct 10, 1582', null, null],
  ['Oct 15, 1582', '#<Date: 1582-10-15 ((2299161j,0s,0n),+0s,2299161j)>', null],
  ['Dec 31, 0999', '#<Date: 0999-12-31 ((2086307j,0s,0n),+0s,2299161j)>', null],
  [' 2021-07-04', null, null],
  ['2021-07-04T09:15:00+02:00', null, '#<DateTime: 2021-07-04T09:15:00+02:00 ((2459400j,26100s,0n),+7200s,2299161j)>'],
  ['2021-07-04 18:05:09', null, '#<DateTime: 2021-07-04T18:05:09+00:00 ((2459400j,65109s,0n),+0s,2299161j)>'],
  ['Jul 4 7:8:9 2021', null, '#<DateTime: 2021-07-04T07:08:09+00:00 ((2459400j,25689s,0n),+0s,2299161j)>'],
  ['Sun, Jul 4 7:8:9, 21', null, '#<DateTime: 2021-07-04T07:08:09+00:00 ((2459400j,25689s,0n),+0s,2299161j)>'],
  ['2021-07-04T09:15:30.125-03:30', null, '#<DateTime: 2021-07-04T09:15:30-03:30 ((2459400j,45930s,125000000n),-12600s,2299161j)>'],
  ['2021-07-04T24:00', null, '#<DateTime: 2021-07-05T00:00:00+00:00 ((2459401j,0s,0n),+0s,2299161j)>'],
  ['2021-07-04T24:00:01', null, null],
  ['2021-07-04T23:59:60', null, '#<DateTime: 2021-07-04T23:59:59+00:00 ((2459400j,86399s,0n),+0s,2299161j)>'],
  ['2021-07-04T09:15Z', null, null],
  ['2021-07-04T09:15:00+0200', null, null],
  ['1300-02-03T04:05:06Z', null, '#<DateTime: 1300-02-03T04:05:06+00:00 ((2195916j,14706s,0n),+0s,2299161j)>'],
  ['42', null, null],
];

test.each(ROWS)('%j', (field, date, dateTime) => {
  expect(csvDate(field)?.inspect() ?? null).toBe(date);
  expect(csvDateTime(field)?.inspect() ?? null).toBe(dateTime);
});
