// The shortcuts of date reading are exact: quickParseDate against parsing the value's
// to_s (Document#merge_date!), and Psych timestamps of the common shape against the
// general reading of the same fields.
import fc from 'fast-check';
import { quickParseDate } from '../../lib/read/quick-date.js';
import { parseRubyTime } from '../../lib/read/parse-date.js';
import { rubyToS } from '../../lib/read/merge-data.js';
import { tokenize } from '../../lib/read/psych-scalar.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { JekyllTime } from '../../lib/time/index.js';

const ZONES = [undefined, 'UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Apia'];
const fields = (t: unknown) =>
  t instanceof JekyllTime ? { ms: t.getTime(), offset: t.utcOffset, utc: t.isUtc, zone: t.zoneName, s: rubyToS(t), cls: t.constructor.name } : t;

function expectAsFullParse(value: unknown, zone: string | undefined): boolean {
  const quick = quickParseDate(value, zone);
  if (quick === undefined) return false;
  expect(fields(quick)).toEqual(fields(parseRubyTime(rubyToS(value), zone)));
  return true;
}

describe('quickParseDate gives what parsing to_s gives', () => {
  test('times: any instant, offset and zone', () => {
    let quick = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(900, 0, 1), max: Date.UTC(10050, 0, 1) }),
        fc.oneof(fc.integer({ min: -26 * 60, max: 26 * 60 }).map((m) => m * 60), fc.integer({ min: -90000, max: 90000 })),
        fc.constantFrom(...ZONES),
        fc.constantFrom('fixed', 'utc', 'local'),
        fc.boolean(),
        (ms, offset, zone, kind, whole) => {
          const at = whole ? ms - (ms % 1000) : ms;
          const t = kind === 'utc' ? new JekyllTime(at, 0, true) : kind === 'local' ? JekyllTime.inZone(at, zone) : new JekyllTime(at, offset);
          if (expectAsFullParse(t, zone)) quick++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(quick).toBeGreaterThan(500);
  });

  test('Dates and YYYY-MM-DD strings, valid or not', () => {
    let quick = 0;
    fc.assert(
      fc.property(fc.integer({ min: 900, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom(...ZONES), (y, m, d, zone) => {
        const text = `${y}-${m}-${d}`;
        if (expectAsFullParse(text, zone)) quick++;
        const padded = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (expectAsFullParse(padded, zone)) quick++;
        if (m >= 1 && m <= 12 && d >= 1 && d <= 28 && expectAsFullParse(new RubyDate(y, m, d), zone)) quick++;
      }),
      { numRuns: 2000 },
    );
    expect(quick).toBeGreaterThan(1000);
  });

  test('midnight that a zone skips (DST at 00:00) and Feb 30 rolled over as the full parse does', () => {
    expect(expectAsFullParse('2018-11-04', 'America/Sao_Paulo')).toBe(true);
    expect(expectAsFullParse('2015-02-30', 'Asia/Shanghai')).toBe(true);
    expect(quickParseDate('2015-13-01', 'UTC')).toBeUndefined();
    expect(quickParseDate('15-01-04', 'UTC')).toBeUndefined();
    expect(quickParseDate('2015-01-04 10:00', 'UTC')).toBeUndefined();
  });
});

test('Psych timestamps of the common shape read as the general form of the same fields', () => {
  const two = (n: number) => String(n).padStart(2, '0');
  fc.assert(
    fc.property(
      fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }),
      fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...ZONES),
      (y, mo, d, h, mi, s, sign, oh, om, zone) => {
        const date = `${y}-${two(mo)}-${two(d)}`;
        const time = `${two(h)}:${two(mi)}:${two(s)} ${sign}${two(oh)}${two(om)}`;
        // `T` instead of the space: the general path (split, then the time and offset read apart).
        expect(fields(tokenize(`${date} ${time}`, zone))).toEqual(fields(tokenize(`${date}T${time}`, zone)));
      },
    ),
    { numRuns: 3000 },
  );
});
