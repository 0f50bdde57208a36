// Ruby's Kernel#Array, as Jekyll::Filters#compare_property_vs_target uses it (`where`,
// `find`): nil is [], an Array itself, a Hash its [key, value] pairs, a Time its #to_a
// ([sec, min, hour, day, month, year, wday, yday, isdst, zone]), anything else [value] (a Date
// and a DateTime too: they have no #to_a).
import { isJekyllTime, JekyllTime, zoneOffsetAt } from '../../time/index.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { GREGORIAN, yearDay } from '../../time/civil.js';
import { utcInstant } from '../../time/time-fields.js';
import { isPlainHash } from './to-s.js';
import { typedEntries } from '../../values/typed-keys.js';
import { RubyDate } from '../../read/ruby-date.js';
import { RubyDateTime } from '../../read/ruby-datetime.js';

export function rubyArray(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v;
  if (v instanceof Date && !(v instanceof RubyDate) && !(v instanceof RubyDateTime)) return timeToA(isJekyllTime(v) ? v : JekyllTime.inZone(v.getTime()));
  if (v instanceof RubyHash) return v.entries();
  if (isPlainHash(v)) return typedEntries(v);
  return [v];
}

/** Time#to_a: the fields in the time's own offset; isdst for a local time whose offset is its year's larger one. */
function timeToA(t: JekyllTime): unknown[] {
  const f = t.local();
  const yday = yearDay(f.year, f.month, f.day, GREGORIAN);
  let isdst = false;
  if (!t.isUtc && t.localZone !== null) {
    const zone = t.localZone;
    const jan = zoneOffsetAt(utcInstant(f.year, 0), zone);
    const jul = zoneOffsetAt(utcInstant(f.year, 6), zone);
    isdst = jan !== jul && t.utcOffset === Math.max(jan, jul);
  }
  return [f.second, f.minute, f.hour, f.day, f.month, f.year, f.weekday, yday, isdst, t.zoneName === '' ? null : t.zoneName];
}
