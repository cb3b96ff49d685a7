import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { hitRateLimit, type RateLimitRule } from '../identity/rate-limit';
import type { Services } from '../services/services';

/** A claim has at most 5 documents: 60 uploads an hour per user files a dozen claims, and caps what one account can store. */
export const uploadsPerUser = (userId: string): RateLimitRule => ({ key: `document-upload:user:${userId}`, limit: 60, windowSeconds: 3600 });

/** Counted before the body is read: a refused upload costs nothing but the check. */
export async function enforceUploadLimit(s: Services, actor: Actor): Promise<void> {
  const decision = await hitRateLimit(s.pool, uploadsPerUser(actor.userId), s.clock());
  if (!decision.allowed) throw new AppError('RATE_LIMITED', 'Too many uploads; try again later', { retryAfterSeconds: decision.retryAfterSeconds });
}
