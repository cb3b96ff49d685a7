import { adjudicate, findPrescriptionClaim, normalizeClaim } from '@healthpay/domain';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { claimResult, submitClaimInput } from './claim.schemas';
import { claimResultOf } from './claim-result';
import { claimBodyOf } from './submit-claim';

/**
 * What a claim would get now, without recording anything: the pharmacy can tell the patient their share
 * before dispensing. `previous` is the answer already on record for this prescription, if any (an approved
 * one is final: submitting the same body returns it, a different body is DUPLICATE_PRESCRIPTION). A pharmacist
 * never sees another pharmacy's claim: for them the answer is DUPLICATE_PRESCRIPTION.
 */
export const previewPrescriptionClaim = roleProcedure('pharmacist', 'superadmin')
  .input(submitClaimInput)
  .output(z.object({ preview: claimResult, previous: claimResult.nullable() }))
  .query(async ({ ctx, input }) => {
    const claim = claimBodyOf(ctx.actor, input);
    const { state } = await ctx.services.aggregates.medcard.load(input.cardId);
    if (state.status === 'none') throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    const now = ctx.services.clock().toISOString();
    const adjudication = adjudicate(state, claim, now);
    const previous = findPrescriptionClaim(state, claim.prescriptionId);
    // Another pharmacy's claim is not this pharmacist's to read: the same answer submit would give, no details.
    if (previous && ctx.actor.role === 'pharmacist' && previous.claim.pharmacyId !== ctx.actor.pharmacyId) {
      throw new AppError('DUPLICATE_PRESCRIPTION', 'This prescription was already claimed at another pharmacy');
    }
    return {
      preview: claimResultOf(input.cardId, { claim: normalizeClaim(claim), at: now, ...adjudication }),
      previous: previous ? claimResultOf(input.cardId, previous) : null,
    };
  });
