import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** How long a code (and the hold it unlocks) lives, and how many tries it gets. */
export const COPAY_TTL_SECONDS = 10 * 60;
export const COPAY_MAX_ATTEMPTS = 5;
const CODE = /^\d{6}$/;

/** A fresh 6-digit code (uniform, leading zeros kept). */
export const newCopayCode = (): string => randomInt(0, 1_000_000).toString().padStart(6, '0');

/**
 * HMAC-SHA256 under AUTH_SECRET, bound to the collection: only this is stored, so a leaked table does not
 * give codes away (six digits are quick to enumerate without the key). Same approach as identity/otp.ts.
 */
export const copayCodeHash = (secret: string, collectionId: string, code: string): string =>
  createHmac('sha256', secret).update(`copay:${collectionId}:${code}`).digest('hex');

/** Constant-time comparison of a typed code with the stored hash. */
export function copayCodeMatches(secret: string, collectionId: string, code: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const given = Buffer.from(copayCodeHash(secret, collectionId, CODE.test(code) ? code : ''), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
