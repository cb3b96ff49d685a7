import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { walletId, walletSnapshot } from './wallet.schemas';

export const changeWalletStatusInput = z.discriminatedUnion('action', [
  z.object({ walletId, action: z.literal('activate') }),
  z.object({ walletId, action: z.literal('reactivate') }),
  z.object({ walletId, action: z.literal('suspend'), reason: z.string().trim().min(3).max(500) }),
  z.object({ walletId, action: z.literal('close'), reason: z.string().trim().min(3).max(500) }),
]);

const commandFor = (input: z.infer<typeof changeWalletStatusInput>) => {
  switch (input.action) {
    case 'activate':
      return { type: 'ActivateWallet' as const, data: { walletId: input.walletId } };
    case 'reactivate':
      return { type: 'ReactivateWallet' as const, data: { walletId: input.walletId } };
    case 'suspend':
      return { type: 'SuspendWallet' as const, data: { walletId: input.walletId, reason: input.reason } };
    case 'close':
      return { type: 'CloseWallet' as const, data: { walletId: input.walletId, reason: input.reason } };
  }
};

/** Staff move a wallet through its life: activate, suspend (with a reason), reactivate, close. */
export const changeWalletStatus = roleProcedure(...staffMay.manageAccounts)
  .input(changeWalletStatusInput)
  .output(walletSnapshot)
  .mutation(({ ctx, input }) => runWalletCommand(ctx, `wallet.${input.action}`, input, commandFor(input)));
