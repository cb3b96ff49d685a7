import type { Locale } from './money';

/** Egypt's clock for everyone: a patient abroad still sees the time the pharmacy saw. */
export const TIME_ZONE = 'Africa/Cairo';

const cache = new Map<string, Intl.DateTimeFormat>();
const intlLocale = (locale: Locale) => (locale === 'ar' ? 'ar-EG' : 'en-EG');

function dtf(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), {
      timeZone: TIME_ZONE,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** "21 Nov 2026, 4:13 AM" / "٢١ نوفمبر ٢٠٢٦، ٤:١٣ ص" (same digits as the money next to it). */
export const formatDateTime = (value: Date | string, locale: Locale): string => dtf(locale, true).format(new Date(value));

/** "21 Nov 2026" / "٢١ نوفمبر ٢٠٢٦". */
export const formatDate = (value: Date | string, locale: Locale): string => dtf(locale, false).format(new Date(value));

const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Africa/Cairo calendar day of an instant, "YYYY-MM-DD" (what the API's day filters take). */
export function cairoDayOf(value: Date | string = new Date()): string {
  const parts = dayParts.formatToParts(new Date(value));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "YYYY-MM-DD" plus `days` (may be negative), as a calendar day (no time zone involved). */
export function addDaysTo(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const labelCache = new Map<string, Intl.DateTimeFormat>();
function labelFormat(locale: Locale, opts: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let f = labelCache.get(`${locale}:${key}`);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', ...opts });
    labelCache.set(`${locale}:${key}`, f);
  }
  return f;
}

/** A calendar day "2026-11-21" → "Sat, 21 Nov 2026" / Arabic; no time zone shift (the day is already Cairo's). */
export const formatDay = (day: string, locale: Locale): string =>
  labelFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }, 'day').format(new Date(`${day}T12:00:00Z`));

/** A month "2026-11" → "Nov 2026" / "نوفمبر ٢٠٢٦". */
export const formatMonth = (month: string, locale: Locale): string =>
  labelFormat(locale, { month: 'short', year: 'numeric' }, 'month').format(new Date(`${month}-15T12:00:00Z`));

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** Cairo's offset from UTC at an instant, in minutes ("GMT+03:00" → 180). */
function cairoOffsetMinutes(at: number): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** The last second of a Cairo calendar day, as an ISO instant ("valid through 21 Nov" → 21 Nov 23:59:59 Cairo). */
export function cairoEndOfDay(day: string): string {
  const nextMidnightUtc = Date.parse(`${addDaysTo(day, 1)}T00:00:00Z`);
  // Two passes: the offset at the first guess can be the other side of a DST switch (Egypt switches at midnight).
  const guess = nextMidnightUtc - cairoOffsetMinutes(nextMidnightUtc) * 60_000;
  const instant = nextMidnightUtc - cairoOffsetMinutes(guess) * 60_000 - 1000;
  return new Date(instant).toISOString();
}
