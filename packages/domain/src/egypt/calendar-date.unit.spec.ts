import { describe, expect, it } from 'vitest';
import { addDays, ageOn, calendarDate, isCalendarDate } from './calendar-date';

describe('civil dates', () => {
  it.each([
    [2024, 2, 29, true],
    [2026, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2026, 4, 31, false],
    [2026, 12, 31, true],
    [2026, 0, 1, false],
    [2026, 13, 1, false],
    [2026, 1, 0, false],
  ])('%i-%i-%i is a calendar date: %s', (y, m, d, ok) => {
    expect(isCalendarDate(y, m, d)).toBe(ok);
    expect(calendarDate(y, m, d) !== undefined).toBe(ok);
  });

  it.each([
    ['2026-11-22', 30, '2026-12-22'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2028-02-15', 14, '2028-02-29'],
    ['2027-02-15', 14, '2027-03-01'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-11-22', 0, '2026-11-22'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2000-05-05', '2026-05-04', 25],
    ['2000-05-05', '2026-05-05', 26],
    ['2008-11-22', '2026-11-21', 17],
    ['2008-11-22', '2026-11-22', 18],
    ['2024-02-29', '2027-02-28', 2], // the birthday is reached on 1 March in common years
    ['2024-02-29', '2027-03-01', 3],
    ['2024-02-29', '2028-02-29', 4],
    ['2026-11-22', '2026-11-22', 0],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('refuses a malformed date (a caller bug, not a domain rejection)', () => {
    expect(() => addDays('22/11/2026', 1)).toThrow(RangeError);
  });
});
