import { getWallet, listHolds as readHolds } from '@healthpay/db';
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

/** Holds on a wallet, newest first. */
export const listHolds = roleProcedure('patient', ...staffMay.readPatients)
  .input(z.object({ walletId }))
  .output(z.array(holdView))
  .query(async ({ ctx, input }) => {
    assertOwnsOrStaff(ctx.actor, (await getWallet(ctx.services.pool, input.walletId))?.ownerId);
    return readHolds(ctx.services.pool, input.walletId);
  });
