import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export const hmacSha512Hex = (text: string, secret: string): string =>
  createHmac('sha512', secret).update(text, 'utf8').digest('hex');

/**
 * Constant-time comparison of a hex digest we computed with one we received. Hex is case-insensitive, so the
 * received value is lower-cased first. Compares UTF-8 bytes, not decoded hex: decoding garbage hex silently
 * truncates, which would let a malformed signature compare on a prefix. Never throws.
 */
export function digestEquals(expected: string, received: unknown): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
