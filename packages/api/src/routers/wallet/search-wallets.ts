import { searchWallets as search } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { walletStatus, walletView } from './wallet.schemas';

/** Staff find wallets by owner name, phone or id. */
export const searchWallets = roleProcedure(...staffMay.readPatients)
  .input(z.object({
    query: z.string().trim().max(100).optional(),
    status: walletStatus.optional(),
    cursor: z.string().max(100).optional(),
    limit: z.int().min(1).max(100).default(20),
  }))
  .output(z.object({ items: z.array(walletView), nextCursor: z.string().nullable() }))
  .query(({ ctx, input }) => search(ctx.services.pool, input));
