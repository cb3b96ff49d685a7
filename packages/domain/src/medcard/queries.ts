import type { Piasters } from '../shared/money';
import { remainingMonthlyBenefit } from './monthly-benefit';
import { own } from './records';
import type { MedCardState, PrescriptionClaimRecord } from './state';

/**
 * The answer of record for a prescription. An idempotent repeat of SubmitPrescriptionClaim decides no
 * events; the caller reads the first result here instead.
 */
export const findPrescriptionClaim = (state: MedCardState, prescriptionId: string): PrescriptionClaimRecord | undefined =>
  state.status === 'none' ? undefined : own(state.prescriptionClaims, prescriptionId);

/** Monthly benefit still available at `now` (0 for a card that does not exist). */
export const remainingBenefit = (state: MedCardState, now: string): Piasters =>
  state.status === 'none' ? 0 : remainingMonthlyBenefit(state, now);
