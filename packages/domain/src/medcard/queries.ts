import type { Piasters } from '../shared/money';
import { remainingMonthlyBenefit } from './monthly-benefit';
import { prescriptionClaimKey } from './claim-key';
import type { MedCardState, PrescriptionClaimRecord } from './state';

/**
 * The answer of record for a claim (this pharmacy's prescription on this card). An idempotent repeat of
 * SubmitPrescriptionClaim decides no events; the caller reads the first result here instead.
 */
export const findPrescriptionClaim = (state: MedCardState, pharmacyId: string, prescriptionId: string): PrescriptionClaimRecord | undefined =>
  state.status === 'none' ? undefined : state.prescriptionClaims.get(prescriptionClaimKey(pharmacyId, prescriptionId));

/** Every pharmacy's claim under a prescription id on the card (staff views; usually one). */
export const claimsWithPrescriptionId = (state: MedCardState, prescriptionId: string): PrescriptionClaimRecord[] =>
  state.status === 'none' ? [] : [...state.prescriptionClaims.values()].filter((r) => r.claim.prescriptionId === prescriptionId);

/** Monthly benefit still available at `now` (0 for a card that does not exist). */
export const remainingBenefit = (state: MedCardState, now: string): Piasters =>
  state.status === 'none' ? 0 : remainingMonthlyBenefit(state, now);
