// Ruby's Date as Psych makes it (Date.strptime: Date::ITALY) and as Jekyll's filters
// read it. Expected values printed by Ruby 3.1 (date 3.2.2) and Jekyll 4.3.1
// (fixtures/sites/fidelity10-julian-dates).
import { parseYaml } from '../../lib/read/yaml.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { JekyllTime } from '../../lib/time/index.js';
import { strftime } from '../../lib/liquid/ruby/strftime.js';
import { jekyllTime } from '../../lib/liquid/ruby/to-date.js';

const value = (scalar: string): unknown => (parseYaml(`a: ${scalar}\n`, 'x.yml', 0, {}) as Record<string, unknown>).a;
const ctx = { zone: 'UTC', now: () => new JekyllTime(0, 0) };

describe('a YAML date before the Gregorian reform', () => {
  test('is a Julian day: its own fields, its own day number', () => {
    const d = value('1500-03-01') as RubyDate;
    expect(d).toBeInstanceOf(RubyDate);
    expect(String(d)).toBe('1500-03-01');
    expect(d.inspect()).toBe('#<Date: 1500-03-01 ((2268993j,0s,0n),+0s,2299161j)>');
    expect(strftime(d, '%Y-%m-%d %a %j %U %W %u %G %V %s')).toBe('1500-03-01 Sun 061 09 08 7 1500 09 -14825808000');
  });

  test('a Julian leap day is a date, a day lost to the reform a string', () => {
    expect(String(value('1500-02-29'))).toBe('1500-02-29');
    expect(value('1500-02-29')).toBeInstanceOf(RubyDate);
    expect(value('1582-10-10')).toBe('1582-10-10');
    expect(value('1700-02-29')).toBe('1700-02-29');
  });

  test('the year of the reform counts its days from the Julian 1 January', () => {
    expect(strftime(value('1582-12-31') as RubyDate, '%j %U %W %G %V')).toBe('355 50 51 1582 51');
    expect(strftime(value('1582-10-15') as RubyDate, '%a %j')).toBe('Fri 278');
  });

  test('Date#to_time (date_to_string, date_to_xmlschema) takes the Gregorian day', () => {
    expect(jekyllTime(value('1500-03-01'), ctx)!.toXmlSchema()).toBe('1500-03-11T00:00:00+00:00');
    expect(jekyllTime(value('0800-12-25'), ctx)!.toXmlSchema()).toBe('0800-12-29T00:00:00+00:00');
    expect(jekyllTime(value('1600-02-29'), ctx)!.toXmlSchema()).toBe('1600-02-29T00:00:00+00:00');
  });

  test('%Q and %+ are Date#strftime directives only', () => {
    const d = new RubyDate(2000, 1, 1);
    expect(strftime(d, '%Q|%+')).toBe('946684800000|Sat Jan  1 00:00:00 +00:00 2000');
    expect(strftime(new JekyllTime(d.getTime(), 0), '%Q|%+')).toBe('%Q|%+');
  });

  test('a Time counts years 0-99 in the proleptic Gregorian calendar', () => {
    const t = new JekyllTime(Date.UTC(2004, 1, 29), 0);
    t.setTime(new Date(t.getTime()).setUTCFullYear(4));
    expect(strftime(t, '%Y-%m-%d %a %j %G-%V %U')).toBe('0004-02-29 Sun 060 0004-09 09');
  });
});
