import { AppError } from '../../errors/app-error';
import { getCollection } from '../../copay/collections';
import { copayNotFound, copayViewOf } from '../../copay/copay-view';
import { releaseCollection } from '../../copay/release';
import { roleProcedure } from '../../trpc';
import { collectionInput, copayView } from './copay.schemas';

/**
 * The patient pays cash after all (or the claim was withdrawn): the hold is voided. Cancelling again, or
 * a request that expired, answers its status; a collected one cannot be cancelled here.
 */
export const cancelCopay = roleProcedure('pharmacist')
  .input(collectionInput)
  .output(copayView)
  .mutation(async ({ ctx, input }) => {
    const { pool, clock } = ctx.services;
    const c = await getCollection(pool, input.collectionId);
    if (!c || ctx.actor.pharmacyId === null || c.pharmacyId !== ctx.actor.pharmacyId) throw copayNotFound();
    if (c.status === 'collected') throw new AppError('COPAY_CLOSED', 'The copay was collected already', { status: c.status });
    if (c.status !== 'requested') return copayViewOf(c, clock());
    const outcome = await releaseCollection(ctx, c, 'copay.cancel');
    if (outcome === 'collected') throw new AppError('COPAY_CLOSED', 'The copay was collected already', { status: outcome });
    return copayViewOf((await getCollection(pool, c.id)) ?? c, clock());
  });
