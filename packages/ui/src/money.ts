import { toAsciiDigits } from './numerals';

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

/** "-12345" piasters → "-123.45": exact decimal string, no float division. */
export function piastersToDecimal(piasters: number): string {
  if (!Number.isSafeInteger(piasters)) throw new RangeError(`not whole piasters: ${piasters}`);
  const digits = String(Math.abs(piasters)).padStart(3, '0');
  return `${piasters < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Piasters as EGP in the locale: ar → "‏١٢٫٥٠ ج.م.‏", en → "EGP 12.50".
 * `signed` shows "+" on credits as well as "-" on debits (history lines).
 */
export function formatMoney(piasters: number, locale: Locale, opts: { signed?: boolean } = {}): string {
  // A decimal string is formatted exactly (Intl.NumberFormat v3); engines without it parse it as a number.
  return formatter(locale, opts.signed ? 'exceptZero' : 'auto').format(piastersToDecimal(piasters) as Intl.StringNumericLiteral);
}

export type MoneyParseError = 'empty' | 'invalid' | 'too_many_decimals' | 'not_positive' | 'too_large';
export type MoneyParseResult = { ok: true; piasters: number } | { ok: false; error: MoneyParseError };

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^(\d*)(?:\.(\d*))?$/;

/**
 * What a person typed ("150.50", "١٥٠٫٥", "1,250") → whole piasters, with string math only.
 * More than two decimals is refused rather than rounded: the person meant something we can't pay.
 */
export function parseMoney(input: string): MoneyParseResult {
  let s = toAsciiDigits(input).replace(/[\s\u00a0]/g, '').replace(/٬/g, ',');
  if (s === '') return { ok: false, error: 'empty' };
  if (s.includes(',')) {
    if (!GROUPED.test(s)) return { ok: false, error: 'invalid' };
    s = s.replace(/,/g, '');
  }
  const m = PLAIN.exec(s);
  const whole = m?.[1] ?? '';
  const frac = m?.[2] ?? '';
  if (!m || (whole === '' && frac === '')) return { ok: false, error: 'invalid' };
  if (frac.length > 2) return { ok: false, error: 'too_many_decimals' };
  const digits = `${whole}${frac.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  if (BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: 'too_large' };
  return { ok: true, piasters: Number(digits) };
}

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
