import { toAsciiNumerals } from '../egypt/digits';
import type { Piasters } from './money';

/*
 * Money written as text, one home for every layer: the API's schemas (strict, what machines send), the
 * portals' inputs (lenient, what people type) and every export (CSV, statements). String and integer
 * arithmetic only: never a float multiplication.
 */

/** -12345 piasters → "-123.45": exact, always two decimals. */
export function piastersToDecimal(piasters: Piasters): string {
  if (!Number.isSafeInteger(piasters)) throw new RangeError(`not whole piasters: ${piasters}`);
  const digits = String(Math.abs(piasters)).padStart(3, '0');
  return `${piasters < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** No sign, no blanks, no leading zeros (`0.50` is fine, `00350` is not): an amount is written one way. */
const POUNDS = /^(0|[1-9]\d{0,14})(?:\.(\d{1,2}))?$/;

/**
 * What a machine sends (a JSON number or a decimal string in pounds, at most 2 decimals) → piasters, or
 * null. A JSON number is read through its shortest decimal form (`String(n)`), exact up to 15 significant
 * digits (what a double keeps); longer numbers must be sent as strings.
 */
export function poundsToPiasters(value: number | string): Piasters | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  const m = POUNDS.exec(text);
  if (!m) return null;
  if (typeof value === 'number' && text.replace('.', '').replace(/^0+/, '').length > 15) return null;
  const piasters = BigInt(m[1] ?? '0') * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  return piasters <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(piasters) : null;
}

export type MoneyParseError = 'empty' | 'invalid' | 'too_many_decimals' | 'not_positive' | 'too_large';
export type MoneyParseResult = { ok: true; piasters: Piasters } | { ok: false; error: MoneyParseError };

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;
const PLAIN = /^(\d*)(?:\.(\d*))?$/;

/**
 * What a person typed ("150.50", "١٥٠٫٥", "1,250") → whole piasters. More than two decimals is refused
 * rather than rounded: the person meant something we can't pay.
 */
export function parseTypedMoney(input: string): MoneyParseResult {
  let s = toAsciiNumerals(input).replace(/[\s\u00a0]/g, '');
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
