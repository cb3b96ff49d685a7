import { listHoldsWithOwner } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertOwnsOrStaff } from './wallet-access';
import { walletId } from './wallet.schemas';

export const holdView = z.object({
  walletId: z.string(),
  holdId: z.string(),
  amount: z.int(),
  captured: z.int(),
  status: z.enum(['active', 'captured', 'voided', 'expired']),
  reference: z.string(),
  expiresAt: z.string(),
  placedAt: z.string(),
  updatedAt: z.string(),
});

/** Holds on a wallet, newest first; only those in `status` when it is given (the wallet page asks for the active ones). */
export const listHolds = roleProcedure('patient', ...staffMay.readPatients)
  .input(z.object({ walletId, status: holdView.shape.status.optional() }))
  .output(z.array(holdView))
  .query(async ({ ctx, input }) => {
    // The owner comes with the holds (one round trip); nothing is answered before the check.
    const { ownerId, holds } = await listHoldsWithOwner(ctx.services.pool, input.walletId, input.status);
    assertOwnsOrStaff(ctx.actor, ownerId ?? undefined);
    return holds;
  });
