import { getWallet as readWallet } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { auditStaffRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertOwnsOrStaff } from './wallet-access';
import { walletId, walletView } from './wallet.schemas';

/** One wallet from the read model: balance, held, available. */
export const getWallet = roleProcedure('patient', ...staffMay.readPatients)
  .input(z.object({ walletId }))
  .output(walletView)
  .query(async ({ ctx, input }) => {
    const wallet = await readWallet(ctx.services.pool, input.walletId);
    await auditStaffRead(ctx, 'wallet.get', input.walletId, wallet ? 'ok' : 'WALLET_NOT_FOUND');
    assertOwnsOrStaff(ctx.actor, wallet?.ownerId);
    if (!wallet) throw new AppError('WALLET_NOT_FOUND', 'Wallet not found');
    if (ctx.services.balances.store === 'postgres') return wallet;
    // Scaled mode: money figures from the CQL balance store, the rest from the Postgres read model.
    return { ...wallet, ...((await ctx.services.balances.get(input.walletId)) ?? {}) };
  });
