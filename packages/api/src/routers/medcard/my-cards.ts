import { cairoMonth } from '@healthpay/domain';
import { listMedCardsByHolder } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { cardViewOf } from './card-snapshot';
import { cardView } from './medcard.schemas';

/** The signed-in patient's cards (those they hold), newest first. */
export const myCards = roleProcedure('patient')
  .input(z.object({}).optional())
  .output(z.array(cardView))
  .query(async ({ ctx }) => {
    const month = cairoMonth(ctx.services.clock().toISOString());
    const cards = await listMedCardsByHolder(ctx.services.pool, ctx.actor.userId, month);
    return cards.map((c) => cardViewOf(c, month));
  });
