import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { walletId, walletSnapshot } from './wallet.schemas';

export const voidHoldInput = z.object({ walletId, holdId: z.uuid() });

/** Release a hold without taking money. */
export const voidHold = roleProcedure(...staffMay.moveMoney)
  .input(voidHoldInput)
  .output(walletSnapshot)
  .mutation(({ ctx, input }) => runWalletCommand(ctx, 'wallet.hold.void', input, { type: 'VoidHold', data: input }));
