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

describe('cairoDay / cairoMonth around every offset change and midnight', () => {
  // An independent oracle: its own formatter, asked about every instant separately.
  const oracle = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Cairo', year: 'numeric', month: '2-digit', day: '2-digit' });
  const expected = (ms: number) => oracle.format(ms);
  const offsets = new Intl.DateTimeFormat('en-US', { timeZone: 'Africa/Cairo', timeZoneName: 'longOffset' });
  const offsetAt = (ms: number) => offsets.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value;
  const HOUR = 3_600_000;
  /** Every UTC hour from 1995 to 2040 where Cairo's offset differs from the hour before (DST starts and ends). */
  const changes: number[] = [];
  const DAY = 24 * HOUR;
  for (let day = Date.UTC(1995, 0, 1); day < Date.UTC(2040, 0, 1); day += DAY) {
    if (offsetAt(day) === offsetAt(day + DAY)) continue;
    for (let ms = day + HOUR; ms <= day + DAY; ms += HOUR) if (offsetAt(ms) !== offsetAt(ms - HOUR)) changes.push(ms);
  }

  it('finds the DST changes it checks (Egypt dropped DST 2011–2013 and 2015–2022)', () => {
    expect(changes.length).toBeGreaterThan(40);
    expect(changes.some((ms) => new Date(ms).getUTCFullYear() === 2026)).toBe(true);
  });

  /** [ours, Intl's] day and month of each instant, collected so a failure names the instants (one expect per test). */
  const compare = (instants: number[]) => {
    const ours: string[] = [];
    const theirs: string[] = [];
    for (const at of instants) {
      const iso = new Date(at).toISOString();
      // Asked twice: the first may fill the memo, the second reads it.
      ours.push(`${iso} ${cairoDay(iso)} ${cairoDay(iso)} ${cairoMonth(iso)}`);
      theirs.push(`${iso} ${expected(at)} ${expected(at)} ${expected(at).slice(0, 7)}`);
    }
    expect(ours).toEqual(theirs);
  };

  it('agrees with Intl every 5 minutes (and a millisecond either side) within 3 hours of each change', () => {
    const instants: number[] = [];
    for (const change of changes) {
      for (let ms = change - 3 * HOUR; ms <= change + 3 * HOUR; ms += 300_000) instants.push(ms - 1, ms, ms + 1);
    }
    compare(instants);
  });

  it('agrees with Intl at both ends of every UTC hour of 2026 (every Cairo midnight among them)', () => {
    const instants: number[] = [];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += HOUR) instants.push(ms - 1, ms);
    compare(instants);
  });

  it('answers the last instant a Date can hold', () => {
    expect(cairoDay('+275760-09-13T00:00:00.000Z')).toBe(expected(8.64e15));
  });

  it('answers each instant for itself when the same instants are asked again in turn (the last answer is not sticky)', () => {
    const before = '2026-11-21T21:59:59.999Z';
    const after = '2026-11-21T22:00:00.000Z';
    const asked = [before, before, after, after, before, after].map((iso) => [cairoDay(iso), cairoMonth(iso)]);
    const b = ['2026-11-21', '2026-11'];
    const a = ['2026-11-22', '2026-11'];
    expect(asked).toEqual([b, b, a, a, b, a]);
  });
});
