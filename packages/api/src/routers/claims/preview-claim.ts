import { findPrescriptionClaim, previewPrescriptionClaim as decidePreview } from '@healthpay/domain';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { counterProcedure } from '../../auth/active-pharmacy';
import { claimResult, submitClaimInput } from './claim.schemas';
import { claimResultOf } from './claim-result';
import { claimBodyOf } from './submit-claim';
import { countCardLookup } from '../medcard/count-card-lookup';
import { auditRead } from '../../identity/audit-trail';

/**
 * What a claim would get now, without recording anything: the pharmacy can tell the patient their share
 * before dispensing. The answer is the one submit would give now, from the same domain decision on the same
 * state (`previewPrescriptionClaim`): the same result, or the same error (DUPLICATE_PRESCRIPTION for another
 * body on this pharmacy's approved prescription; the approval of record for an identical repeat). `previous` is
 * this pharmacy's answer already on record for the prescription id, if any: a claim is (card, pharmacy,
 * prescription), so another pharmacy's use of the same id is neither shown nor hinted at.
 */
export const previewPrescriptionClaim = counterProcedure('pharmacist', 'superadmin')
  .input(submitClaimInput)
  .output(z.object({ preview: claimResult, previous: claimResult.nullable() }))
  .query(async ({ ctx, input }) => {
    const { cardId } = input;
    const claim = claimBodyOf(ctx.actor, input);
    // A preview answers whether a card number exists, like a lookup: the same limit and audit.
    if (ctx.actor.role === 'pharmacist') await countCardLookup(ctx, 'claims.preview', cardId);
    const { state } = await ctx.services.aggregates.medcard.load(cardId);
    if (ctx.actor.role === 'pharmacist') await auditRead(ctx, 'claims.preview', cardId, state.status === 'none' ? 'CARD_NOT_FOUND' : 'ok');
    if (state.status === 'none') throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    const meta = { now: ctx.services.clock().toISOString(), actorId: ctx.actor.userId };
    const record = decidePreview({ type: 'SubmitPrescriptionClaim', data: { cardId, claim }, meta }, state);
    const previous = findPrescriptionClaim(state, claim.pharmacyId, claim.prescriptionId);
    return { preview: claimResultOf(cardId, record), previous: previous ? claimResultOf(cardId, previous) : null };
  });
