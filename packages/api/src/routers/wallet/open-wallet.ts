import { countOpenWalletsOfOwner } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { piasters, walletId, walletSnapshot, type WalletSnapshot } from './wallet.schemas';
import { replayedResult } from '../../commands/execute';

export const openWalletInput = z.object({
  walletId,
  ownerId: z.string().min(1).max(100),
  dailyDebitLimit: piasters.optional(),
  monthlyDebitLimit: piasters.optional(),
  /** Why this user gets a second wallet while one is open (audited); without it: OWNER_HAS_WALLET. */
  secondWalletReason: z.string().trim().min(10, 'Say why a second wallet is needed (at least 10 characters)').max(500).optional(),
});

/**
 * Staff open a wallet for a user; it starts pending until activated. One wallet per person (not closed) unless
 * staff give a reason. The same wallet id again is the domain's answer (WALLET_ALREADY_EXISTS), not this rule's.
 */
export const openWallet = roleProcedure(...staffMay.manageAccounts)
  .input(openWalletInput)
  .output(walletSnapshot)
  .mutation(async ({ ctx, input }) => {
    // A retry with the same Idempotency-Key gets its first answer, not "already has a wallet" (that wallet is its own).
    const replay = await replayedResult<WalletSnapshot>(ctx.services, { operation: 'wallet.open', input, actor: ctx.actor, idempotencyKey: ctx.idempotencyKey });
    if (replay.found) return replay.value;
    return ctx.services.locks.with([`wallet-owner:${input.ownerId}`], async () => {
      const { secondWalletReason, ...data } = input;
      const existing = (await ctx.services.aggregates.wallet.load(data.walletId)).state.status !== 'none';
      if (!existing && !secondWalletReason && (await countOpenWalletsOfOwner(ctx.services.pool, data.ownerId)) > 0) {
        throw new AppError('OWNER_HAS_WALLET', 'This person already has a wallet; give a reason to open a second one', { field: 'secondWalletReason' });
      }
      return runWalletCommand(ctx, 'wallet.open', input, { type: 'OpenWallet', data }, undefined, secondWalletReason ? () => ({ secondWalletReason }) : undefined);
    });
  });
