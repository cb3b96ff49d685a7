import { AppError } from '../../errors/app-error';
import { auditRead } from '../../identity/audit-trail';
import { hitRateLimit, rateLimits } from '../../identity/rate-limit';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';

/**
 * One card looked up at the counter, by whatever door (lookup, claim preview): counted against the user's
 * 120 an hour and audited, so card numbers cannot be walked through a side door. Throws RATE_LIMITED.
 */
export async function countCardLookup(ctx: Context & { actor: Actor }, action: string, cardNumber: string): Promise<void> {
  const limit = await hitRateLimit(ctx.services.pool, rateLimits.cardLookupPerUser(ctx.actor.userId), ctx.services.clock());
  if (!limit.allowed) {
    await auditRead(ctx, action, cardNumber, 'RATE_LIMITED');
    throw new AppError('RATE_LIMITED', 'Too many card lookups; try again later', { retryAfterSeconds: limit.retryAfterSeconds });
  }
}
