import { z } from 'zod';

/** No sign, no blanks, no leading zeros (`0.50` is fine, `00350` is not): an amount is written one way. */
const POUNDS = /^(0|[1-9]\d{0,14})(?:\.(\d{1,2}))?$/;

/**
 * Pounds (a JSON number or a decimal string, at most 2 decimals) → integer piasters, by string and
 * integer arithmetic: never a float multiplication. A JSON number is read through its shortest decimal
 * form (what `String(n)` prints), which is exactly what was written as long as it has at most 15
 * significant digits (what a double keeps); longer numbers must be sent as strings.
 * Returns null for anything else (more decimals, exponents, signs, beyond the safe integer range).
 */
export function poundsToPiasters(value: number | string): number | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  const m = POUNDS.exec(text);
  if (!m) return null;
  if (typeof value === 'number' && text.replace('.', '').replace(/^0+/, '').length > 15) return null;
  const piasters = BigInt(m[1] ?? '0') * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  return piasters <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(piasters) : null;
}

/** Piasters → "1234.50" (always 2 decimals; exact). */
export function piastersToPounds(piasters: number): string {
  const sign = piasters < 0 ? '-' : '';
  const abs = BigInt(Math.abs(piasters));
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** A request amount in EGP, e.g. `350`, `350.5`, `350.00` or `"350.00"`; parsed to positive piasters. */
export const pounds = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const piasters = poundsToPiasters(value);
    if (piasters === null || piasters <= 0) {
      ctx.addIssue({ code: 'custom', message: 'Expected a positive amount in EGP with at most 2 decimals, e.g. 350.00' });
      return z.NEVER;
    }
    return piasters;
  })
  .meta({ description: 'Amount in Egyptian pounds (EGP), a number or a decimal string with at most 2 decimals, e.g. 350.00' });
