import { listWalletsByOwner } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { walletView } from './wallet.schemas';

/** The signed-in patient's wallets. */
export const myWallets = roleProcedure('patient')
  .input(z.object({}).optional())
  .output(z.array(walletView))
  .query(({ ctx }) => listWalletsByOwner(ctx.services.pool, ctx.actor.userId));
