import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

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
