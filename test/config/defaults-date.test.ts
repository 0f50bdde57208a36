// FrontmatterDefaults#ensure_time! (run by valid_sets on every lookup of the defaults).
import { expect, test } from '@jest/globals';
import { defaultsFor } from '../../lib/config/front-matter-defaults.js';
import { JekyllTime } from '../../lib/time/index.js';
import { RubyDate } from '../../lib/read/ruby-date.js';

type Config = Parameters<typeof defaultsFor>[0];

// Jekyll 4.3.1: a string `date` becomes Time.parse(...).localtime, written into the config's set
// (so site.defaults shows the Time too).
test('a string date in a defaults set becomes a time in the site zone', () => {
  const set = { scope: { path: '' }, values: { date: '2020-02-02 10:00:00 +0300' } };
  const found = defaultsFor({ defaults: [set], timezone: 'UTC' } as Config, 'about.md', 'pages');
  expect(found.date).toBeInstanceOf(JekyllTime);
  expect((found.date as JekyllTime).getTime()).toBe(Date.UTC(2020, 1, 2, 7));
  expect(set.values.date).toBe(found.date);
});

// Checked with jekyll: a YAML date (`date: 2020-02-02`) or a number is Time.parse's TypeError for
// every lookup (a post's read logs it, a page's stops the build); an unreadable string is InvalidDateError.
test.each([
  [new RubyDate(2020, 2, 2), 'no implicit conversion of Date into String'],
  [5, 'no implicit conversion of Integer into String'],
  [null, 'no implicit conversion of nil into String'],
])('a defaults date %p: every lookup raises', (date, message) => {
  const defaults = [{ scope: { path: 'none' }, values: { date } }];
  expect(() => defaultsFor({ defaults } as unknown as Config, 'about.md', 'pages')).toThrow(expect.objectContaining({ message }));
});

test('an unreadable defaults date is InvalidDateError', () => {
  const defaults = [{ scope: { path: '' }, values: { date: 'garbage' } }];
  expect(() => defaultsFor({ defaults } as Config, 'about.md', 'pages')).toThrow(
    expect.objectContaining({ code: 'INVALID_DATE', message: `Invalid date 'garbage': An invalid date format was found in a front-matter default set: {"scope"=>{"path"=>""}, "values"=>{"date"=>"garbage"}}` }),
  );
});
