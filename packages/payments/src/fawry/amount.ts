import { InvalidAmountError } from '../errors';

const formatPiasters = (p: number): string => `${Math.trunc(p / 100)}.${String(p % 100).padStart(2, '0')}`;

/** Piasters → Fawry's two-decimal EGP text ("840.50"), by integer arithmetic only. */
export function fawryAmount(piasters: number): string {
  if (!Number.isSafeInteger(piasters) || piasters < 0) {
    throw new InvalidAmountError(piasters, 'expected a non-negative whole number of piasters');
  }
  return formatPiasters(piasters);
}

/**
 * An amount as Fawry sends it (JSON number 840 / 840.0 / 840.5, or text "840.50") → integer piasters.
 * Text is split on the point, never parsed as a float. A number is scaled and rounded, which is exact for every
 * two-decimal value (0.1 + 0.2 → 30); anything further than 1e-6 piaster from a whole piaster is refused
 * rather than silently rounded.
 */
export function fawryPiasters(v: unknown): number {
  if (typeof v === 'string') {
    const m = /^\s*(\d{1,13})(?:\.(\d+))?\s*$/.exec(v);
    if (!m) throw new InvalidAmountError(v, 'not a decimal amount');
    const frac = m[2] ?? '';
    if (/[^0]/.test(frac.slice(2))) throw new InvalidAmountError(v, 'more precise than a piaster');
    return Number(m[1]) * 100 + Number(frac.slice(0, 2).padEnd(2, '0'));
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) throw new InvalidAmountError(v, 'not a finite non-negative number');
    const scaled = v * 100;
    const p = Math.round(scaled);
    if (!Number.isSafeInteger(p) || Math.abs(scaled - p) > 1e-6) {
      throw new InvalidAmountError(v, 'not a whole number of piasters');
    }
    return p;
  }
  throw new InvalidAmountError(v, 'expected a number or a decimal string');
}

/** A received Fawry amount in the two-decimal form its signatures hash ("840.00", "840.50"). */
export const fawryReceivedAmount = (v: unknown): string => formatPiasters(fawryPiasters(v));
