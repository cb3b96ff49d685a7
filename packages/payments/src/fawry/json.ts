import { randomUUID } from 'node:crypto';

/** A JSON number that must be written with exactly these digits ("840.50", not 840.5). */
export class FawryDecimal {
  constructor(readonly text: string) {
    if (!/^\d+\.\d{2}$/.test(text)) throw new RangeError(`not a two-decimal amount: ${text}`);
  }
}

/**
 * JSON.stringify, except FawryDecimal values are emitted as bare number tokens with their two decimals kept.
 * Fawry documents amounts as JSON numbers "in two decimal format"; JSON.stringify would print 840.5, and
 * Node 20 has no JSON.rawJSON. Each call uses a fresh random marker, so no string in the payload can be
 * mistaken for an amount.
 */
export function fawryJson(value: unknown): string {
  const marker = `fawry-decimal-${randomUUID()}:`;
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof FawryDecimal ? `${marker}${v.text}` : v));
  return text.replaceAll(new RegExp(`"${marker}(\\d+\\.\\d{2})"`, 'g'), '$1');
}
