import { getCollection } from '../../copay/collections';
import { copayNotFound, copayViewOf } from '../../copay/copay-view';
import { roleProcedure } from '../../trpc';
import { collectionInput, copayView } from './copay.schemas';

/** Where a request stands, for the counter screen (it polls: a portal approval shows up here). */
export const copayStatus = roleProcedure('pharmacist')
  .input(collectionInput)
  .output(copayView)
  .query(async ({ ctx, input }) => {
    const c = await getCollection(ctx.services.pool, input.collectionId);
    if (!c || ctx.actor.pharmacyId === null || c.pharmacyId !== ctx.actor.pharmacyId) throw copayNotFound();
    return copayViewOf(c, ctx.services.clock());
  });
