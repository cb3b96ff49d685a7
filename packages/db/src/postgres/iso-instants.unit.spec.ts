import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isoInstantOf, isoInstantTypes } from './iso-instants';

// What the reads did before: the driver's Date, then its ISO text (or the error it threw).
const viaDate = (text: string): string => {
  try {
    return (pg.types.getTypeParser(1184, 'text')(text) as Date).toISOString();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
};
const mine = (text: string): string => {
  try {
    return isoInstantOf(text);
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
};

describe('isoInstantOf gives what the driver\'s Date gave through toISOString()', () => {
  it('for every millisecond, as Postgres writes it in UTC (trailing zeros dropped)', () => {
    for (const day of ['2026-12-07 07:55:41', '1970-01-01 00:00:00', '0001-01-01 23:59:59', '9999-12-31 23:59:59', '2024-02-29 12:00:00']) {
      for (let ms = 0; ms < 1000; ms++) {
        const fraction = String(ms).padStart(3, '0').replace(/0+$/, '');
        const text = fraction ? `${day}.${fraction}+00` : `${day}+00`;
        expect(mine(text), text).toBe(viaDate(text));
      }
    }
  });

  it('for microseconds (cut to milliseconds), other offsets, BC, five-digit years and infinity', () => {
    for (const text of ['2026-12-07 07:55:41.123456+00', '2026-12-07 07:55:41.999999+00', '2026-12-07 07:55:41.0005+00',
      '2026-12-07 09:55:41.123+02', '2026-12-07 07:55:41.1+05:30', '2026-12-07 07:55:41.123-03', '2026-12-07 07:55:41+05:45:10',
      '0001-01-01 00:00:00+00 BC', '12026-12-07 07:55:41+00', 'infinity', '-infinity']) {
      expect(mine(text), text).toBe(viaDate(text));
    }
    expect(isoInstantOf('2026-12-07 09:55:41.12+02')).toBe('2026-12-07T07:55:41.120Z');
  });

  it('is the parser of timestamptz columns only', () => {
    expect(isoInstantTypes.getTypeParser(1184, 'text')).toBe(isoInstantOf);
    expect(isoInstantTypes.getTypeParser(20, 'text')).toBe(pg.types.getTypeParser(20, 'text'));
    expect(isoInstantTypes.getTypeParser(1114, 'text')).toBe(pg.types.getTypeParser(1114, 'text'));
  });
});
