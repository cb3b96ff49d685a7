import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { assertOwnsOrStaff } from './wallet-access';
import { piasters, reference, walletId, walletSnapshot } from './wallet.schemas';

export const debitWalletInput = z.object({ walletId, amount: piasters, reference });

/** The owner (or staff) takes money out of a wallet, within available balance and limits. */
export const debitWallet = roleProcedure('patient', ...staffMay.moveMoney)
  .input(debitWalletInput)
  .output(walletSnapshot)
  .mutation(({ ctx, input }) =>
    runWalletCommand(ctx, 'wallet.debit', input, { type: 'DebitWallet', data: input }, (owner) =>
      assertOwnsOrStaff(ctx.actor, owner),
    ),
  );
