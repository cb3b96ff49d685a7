import { cairoMonth } from '@healthpay/domain';
import { findMedCardsByNationalId } from '@healthpay/db';
import { z } from 'zod';
import { auditRead } from '../../identity/audit-trail';
import { AppError } from '../../errors/app-error';
import { hitRateLimit, rateLimits } from '../../identity/rate-limit';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardViewOf } from './card-snapshot';
import { cardView } from './medcard.schemas';

export const findByNationalIdInput = z.strictObject({
  /** The whole 14-digit national ID of a holder or member (exact match only). */
  nationalId: z.string().trim().regex(/^\d{14}$/, 'A national ID is 14 digits'),
});

/**
 * Staff find the cards a person is on (holder or member) by their whole national ID, matched by its keyed hash.
 * A mutation, so the ID travels in the POST body, never in a URL (access logs, browser history); audited and
 * limited like card lookups, since it answers "is this person a customer".
 */
export const findByNationalId = roleProcedure(...staffMay.readPatients)
  .input(findByNationalIdInput)
  .output(z.array(cardView))
  .mutation(async ({ ctx, input }) => {
    const { pool, clock } = ctx.services;
    const limit = await hitRateLimit(pool, rateLimits.cardLookupPerUser(ctx.actor.userId), clock());
    if (!limit.allowed) {
      await auditRead(ctx, 'medcard.findByNationalId', '-', 'RATE_LIMITED');
      throw new AppError('RATE_LIMITED', 'Too many card lookups; try again later', { retryAfterSeconds: limit.retryAfterSeconds });
    }
    const month = cairoMonth(clock().toISOString());
    const cards = await findMedCardsByNationalId(pool, input.nationalId, month);
    await auditRead(ctx, 'medcard.findByNationalId', cards.map((c) => c.cardId).join(',') || '-', cards.length > 0 ? 'ok' : 'CARD_NOT_FOUND');
    return cards.map((c) => cardViewOf(c, month));
  });
