import { findPrescriptionClaim } from '@healthpay/domain';
import type { Actor } from '../../auth/actor';
import type { Context } from '../../context';
import { AppError } from '../../errors/app-error';
import { counterProcedure } from '../../auth/active-pharmacy';
import { actingPharmacy } from '../medcard/medcard-access';
import { runMedCardCommand } from '../medcard/run-medcard-command';
import { claimResult, submitClaimInput, type ClaimResult, type SubmitClaimInput } from './claim.schemas';
import { claimResultOf } from './claim-result';

/** The domain's claim body from the API input, for the pharmacy the caller acts for. */
export function claimBodyOf(actor: Actor, input: SubmitClaimInput) {
  const { prescriptionId, beneficiaryId, lines, submittedTotal } = input;
  return { prescriptionId, pharmacyId: actingPharmacy(actor, input.pharmacyId), beneficiaryId, lines, submittedTotal };
}

/**
 * Adjudicates and records a prescription claim. The same body again (with or without an Idempotency-Key)
 * returns the first answer: the domain decides nothing new and the answer of record is read from the state.
 */
export function submitClaim(ctx: Context & { actor: Actor }, input: SubmitClaimInput): Promise<ClaimResult> {
  const { cardId } = input;
  const claim = claimBodyOf(ctx.actor, input);
  return runMedCardCommand(ctx, {
    operation: 'claims.submit',
    input: { ...input, pharmacyId: claim.pharmacyId },
    cardId,
    commands: [{ type: 'SubmitPrescriptionClaim', data: { cardId, claim } }],
    // Method shorthand: an arrow as a property value is named (tsx keepNames: `__name`) on every call.
    result({ state }) {
      const record = findPrescriptionClaim(state, claim.pharmacyId, claim.prescriptionId);
      if (!record) throw new AppError('INTERNAL', 'The claim left no record');
      return claimResultOf(cardId, record);
    },
  });
}

/** A pharmacy claims a prescription against a card (pharmacists: always for their own pharmacy). */
export const submitPrescriptionClaim = counterProcedure('pharmacist', 'superadmin')
  .input(submitClaimInput)
  .output(claimResult)
  .mutation(({ ctx, input }) => submitClaim(ctx, input));
