import { cairoMonth } from '@healthpay/domain';
import { searchMedCards } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardViewOf } from './card-snapshot';
import { cardPage, cardStatus, tier } from './medcard.schemas';

export const searchCardsInput = z.object({
  /** Part of the holder's name or phone, or a whole card number. */
  query: z.string().trim().max(100).optional(),
  status: cardStatus.optional(),
  tier: tier.optional(),
  holderUserId: z.string().trim().min(1).max(100).optional(),
  cursor: z.string().max(40).optional(),
  limit: z.int().min(1).max(100).default(20),
});

/** Staff list and search cards, keyset-paginated by card number. */
export const searchCards = roleProcedure(...staffMay.readPatients)
  .input(searchCardsInput)
  .output(cardPage)
  .query(async ({ ctx, input }) => {
    const month = cairoMonth(ctx.services.clock().toISOString());
    const page = await searchMedCards(ctx.services.pool, { ...input, month });
    return { items: page.items.map((c) => cardViewOf(c, month)), nextCursor: page.nextCursor };
  });
