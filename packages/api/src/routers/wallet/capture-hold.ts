import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { piasters, walletId, walletSnapshot } from './wallet.schemas';

export const captureHoldInput = z.object({ walletId, holdId: z.uuid(), amount: piasters });

/** Take all or part of a hold; the rest is released. */
export const captureHold = roleProcedure(...staffMay.moveMoney)
  .input(captureHoldInput)
  .output(walletSnapshot)
  .mutation(({ ctx, input }) => runWalletCommand(ctx, 'wallet.hold.capture', input, { type: 'CaptureHold', data: input }));
