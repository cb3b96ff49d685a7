import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { piasters, reference, walletId, walletSnapshot } from './wallet.schemas';

export const creditWalletInput = z.object({ walletId, amount: piasters, reference });

/** Staff put money into a wallet (e.g. a cash deposit at a branch, a goodwill credit). */
export const creditWallet = roleProcedure(...staffMay.moveMoney)
  .input(creditWalletInput)
  .output(walletSnapshot)
  .mutation(({ ctx, input }) => runWalletCommand(ctx, 'wallet.credit', input, { type: 'CreditWallet', data: input }));
