import { describe, expect, it } from 'vitest';
import { cairoDay, cairoMonth } from './cairo-time';

describe('cairoDay / cairoMonth', () => {
  it.each([
    // Winter (UTC+2): Cairo midnight is 22:00Z the day before.
    ['2026-11-21T21:59:59.999Z', '2026-11-21', '2026-11'],
    ['2026-11-21T22:00:00.000Z', '2026-11-22', '2026-11'],
    ['2026-11-21T22:30:00Z', '2026-11-22', '2026-11'],
    // Summer DST (UTC+3): Cairo midnight is 21:00Z the day before.
    ['2026-07-15T20:59:59.999Z', '2026-07-15', '2026-07'],
    ['2026-07-15T21:00:00.000Z', '2026-07-16', '2026-07'],
    // Month and year boundaries.
    ['2026-06-30T20:59:59.999Z', '2026-06-30', '2026-06'],
    ['2026-06-30T21:00:00.000Z', '2026-07-01', '2026-07'],
    ['2026-11-30T22:00:00.000Z', '2026-12-01', '2026-12'],
    ['2026-12-31T21:59:59.999Z', '2026-12-31', '2026-12'],
    ['2026-12-31T22:00:00.000Z', '2027-01-01', '2027-01'],
    // DST starts at Cairo midnight on the last Friday of April (2026-04-24): still UTC+2 just before.
    ['2026-04-23T21:30:00Z', '2026-04-23', '2026-04'],
    ['2026-04-23T22:00:00Z', '2026-04-24', '2026-04'],
    // DST ends at Cairo midnight after the last Thursday of October (2026-10-29): 21:30Z is 23:30 (UTC+2) again.
    ['2026-10-29T20:59:59Z', '2026-10-29', '2026-10'],
    ['2026-10-29T21:30:00Z', '2026-10-29', '2026-10'],
    ['2026-10-29T22:00:00Z', '2026-10-30', '2026-10'],
    // Explicit offsets are honoured.
    ['2026-11-22T00:30:00+02:00', '2026-11-22', '2026-11'],
    ['2026-11-21T23:30:00-01:00', '2026-11-22', '2026-11'],
  ])('%s is %s in Cairo', (iso, day, month) => {
    expect(cairoDay(iso)).toBe(day);
    expect(cairoMonth(iso)).toBe(month);
  });

  it('rejects a non-instant', () => {
    expect(() => cairoDay('not a date')).toThrow(RangeError);
    expect(() => cairoMonth('')).toThrow(RangeError);
  });
});
