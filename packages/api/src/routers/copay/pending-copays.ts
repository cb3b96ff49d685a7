import { z } from 'zod';
import { listPendingForOwner } from '../../copay/collections';
import { roleProcedure } from '../../trpc';
import { pendingCopay } from './copay.schemas';

/** The signed-in patient's open copay requests from pharmacies (to approve in the portal). */
export const pendingCopays = roleProcedure('patient')
  .input(z.object({}).optional())
  .output(z.array(pendingCopay))
  .query(async ({ ctx }) => {
    const pending = await listPendingForOwner(ctx.services.pool, ctx.actor.userId, ctx.services.clock());
    return pending.map((p) => ({
      collectionId: p.id, prescriptionId: p.prescriptionId, pharmacyName: p.pharmacyName, pharmacyNameAr: p.pharmacyNameAr,
      amount: p.amount, createdAt: p.createdAt.toISOString(), expiresAt: p.expiresAt.toISOString(),
    }));
  });
