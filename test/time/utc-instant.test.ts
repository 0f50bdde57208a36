// utcInstant: Date.UTC that keeps years 0-99 (Ruby's Time.utc does; Date.UTC reads them as 19xx).
import { monthDays, utcInstant } from '../../lib/time/time-fields.js';

describe('utcInstant', () => {
  it('keeps years 0-99 where Date.UTC would make them 1900-1999', () => {
    expect(new Date(utcInstant(2, 2, 4, 5, 6, 7, 8)).toISOString()).toBe('0002-03-04T05:06:07.008Z');
    expect(new Date(utcInstant(99, 11, 31)).toISOString()).toBe('0099-12-31T00:00:00.000Z');
    // Year 0 is a leap year (1900 is not): February 29 exists.
    expect(new Date(utcInstant(0, 1, 29)).toISOString()).toBe('0000-02-29T00:00:00.000Z');
    expect(monthDays(0, 2)).toBe(29);
    expect(monthDays(1900, 2)).toBe(28);
  });

  it('carries overflowing fields across the year as Date.UTC does', () => {
    expect(new Date(utcInstant(99, 12, 1)).toISOString()).toBe('0100-01-01T00:00:00.000Z');
    expect(new Date(utcInstant(5, 0, 0)).toISOString()).toBe('0004-12-31T00:00:00.000Z');
  });

  it('is Date.UTC for other years', () => {
    expect(utcInstant(2015, 0, 4, 13, 48, 23)).toBe(Date.UTC(2015, 0, 4, 13, 48, 23));
    expect(utcInstant(100, 0, 1)).toBe(Date.UTC(100, 0, 1));
  });
});
