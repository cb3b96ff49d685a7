import { parseTypedMoney, piastersToDecimal, type MoneyParseResult } from '@healthpay/domain';

export { piastersToDecimal, type MoneyParseError, type MoneyParseResult } from '@healthpay/domain';

export type Locale = 'ar' | 'en';

const intlLocale = (locale: Locale) => (locale === 'ar' ? 'ar-EG' : 'en-EG');
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, signDisplay: 'auto' | 'exceptZero'): Intl.NumberFormat {
  const key = `${locale}:${signDisplay}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EGP', signDisplay });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Piasters as EGP in the locale: ar → "‏١٢٫٥٠ ج.م.‏", en → "EGP 12.50".
 * `signed` shows "+" on credits as well as "-" on debits (history lines).
 */
export function formatMoney(piasters: number, locale: Locale, opts: { signed?: boolean } = {}): string {
  // A decimal string is formatted exactly (Intl.NumberFormat v3); engines without it parse it as a number.
  return formatter(locale, opts.signed ? 'exceptZero' : 'auto').format(piastersToDecimal(piasters) as Intl.StringNumericLiteral);
}

/** What a person typed ("150.50", "١٥٠٫٥", "1,250") → whole piasters: the domain's rule. */
export const parseMoney = parseTypedMoney;

/** parseMoney for amounts to pay or credit: zero is not an amount. */
export function parseAmount(input: string): MoneyParseResult {
  const r = parseMoney(input);
  return r.ok && r.piasters === 0 ? { ok: false, error: 'not_positive' } : r;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A count or percent in the locale's digits (ar-EG: Arabic-Indic, like the amounts and dates next to it). */
export function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale));
    numberFormats.set(locale, f);
  }
  return f.format(n);
}
