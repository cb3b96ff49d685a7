import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { runWalletCommand } from './run-wallet-command';
import { piasters, reference, walletId, walletSnapshot } from './wallet.schemas';

export const placeHoldInput = z.object({
  walletId,
  holdId: z.uuid(),
  amount: piasters,
  expiresAt: z.iso.datetime({ offset: true }),
  reference,
});

/** Reserve money (e.g. a pharmacy authorizing a sale): held money is not spendable until captured or voided. */
export const placeHold = roleProcedure(...staffMay.moveMoney)
  .input(placeHoldInput)
  .output(walletSnapshot)
  .mutation(({ ctx, input }) =>
    runWalletCommand(ctx, 'wallet.hold.place', input, {
      type: 'PlaceHold',
      data: { ...input, expiresAt: new Date(input.expiresAt).toISOString() },
    }),
  );
