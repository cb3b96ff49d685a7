import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { piasters, walletId, walletSnapshot } from './wallet.schemas';

export const openWalletInput = z.object({
  walletId,
  ownerId: z.string().min(1).max(100),
  dailyDebitLimit: piasters.optional(),
  monthlyDebitLimit: piasters.optional(),
});

/** Staff open a wallet for a user; it starts pending until activated. */
export const openWallet = roleProcedure(...staffMay.manageAccounts)
  .input(openWalletInput)
  .output(walletSnapshot)
  .mutation(({ ctx, input }) => runWalletCommand(ctx, 'wallet.open', input, { type: 'OpenWallet', data: input }));
