import type { RouterOutputs } from '@healthpay/api';
import { TRPCError } from '@trpc/server';
import { cache } from 'react';
import { serverCaller } from './session';

export type MyPharmacy = RouterOutputs['pharmacies']['mine'];

/** The signed-in pharmacist's pharmacy with its status (once per request), or null when not linked to one. */
export const myPharmacy = cache(async (): Promise<MyPharmacy | null> => {
  try {
    return await (await serverCaller()).pharmacies.mine();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN' || error.code === 'UNAUTHORIZED')) return null;
    throw error;
  }
});
