import { createHash } from 'node:crypto';

/**
 * A UUID derived from the caller and their Idempotency-Key: a retried request names the same payment or refund,
 * so it is found instead of opened (or sent to the provider) a second time.
 */
export function idFromKey(purpose: 'top-up' | 'refund', userId: string, key: string): string {
  const h = createHash('sha256').update(`${purpose}:${userId}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
