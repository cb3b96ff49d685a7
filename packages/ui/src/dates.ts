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
