import { describe, expect, it } from 'vitest';
import { addDaysTo, cairoDayOf, cairoEndOfDay, formatDate, formatDateTime, formatDay, formatMonth } from './dates';

describe('dates', () => {
  const at = '2026-11-21T02:13:00.000Z'; // 04:13 in Cairo (UTC+2)

  it('shows Cairo time in English', () => {
    const s = formatDateTime(at, 'en');
    for (const part of ['Nov', '21', '2026', '4:13']) expect(s).toContain(part);
  });

  it('uses Arabic-Indic digits in Arabic', () => {
    expect(formatDate(at, 'ar')).toContain('٢٠٢٦');
    expect(formatDateTime(at, 'ar')).toContain('٤:١٣');
  });
});

describe('calendar days', () => {
  it('takes the day on Cairo’s clock', () => {
    expect(cairoDayOf('2026-11-20T22:30:00.000Z')).toBe('2026-11-21'); // 00:30 in Cairo
    expect(cairoDayOf('2026-11-20T21:30:00.000Z')).toBe('2026-11-20');
  });

  it('adds days across months and years', () => {
    expect(addDaysTo('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysTo('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('labels days and months without shifting them', () => {
    expect(formatDay('2026-11-21', 'en')).toContain('21');
    expect(formatMonth('2026-01', 'en')).toContain('Jan');
    expect(formatMonth('2026-01', 'ar')).toContain('٢٠٢٦');
  });
});

describe('cairoEndOfDay', () => {
  it('is the last second of the day on Cairo’s clock, summer and winter', () => {
    expect(cairoEndOfDay('2026-01-15')).toBe('2026-01-15T21:59:59.000Z'); // UTC+2
    expect(cairoEndOfDay('2026-07-15')).toBe('2026-07-15T20:59:59.000Z'); // UTC+3 (DST)
    expect(cairoDayOf(cairoEndOfDay('2026-07-15'))).toBe('2026-07-15');
  });
});
