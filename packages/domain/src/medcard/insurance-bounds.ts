import { DomainError } from '../shared/errors';
import type { Piasters } from '../shared/money';
import type { ApprovedAdjudication } from './claim';
import { prescriptionClaimKey } from './claim-key';
import type { ExistingMedCard } from './state';
import type { InsuranceClaim } from './insurance';

/** The prescription claim an insurance claim already filed is about (null when it names none). */
export const prescriptionRefOf = (claim: Pick<InsuranceClaim, 'prescriptionId' | 'pharmacyId'>): PrescriptionRef | null =>
  claim.prescriptionId === null ? null : { prescriptionId: claim.prescriptionId, pharmacyId: claim.pharmacyId ?? '' };

/** Largest amount one insurance claim without a linked prescription may ask for: EGP 50,000. */
export const MAX_UNLINKED_INSURANCE_CLAIM: Piasters = 5_000_000;

/**
 * What an approved prescription left for the patient to pay, and so the most its insurance claims may ask
 * for: submitted − benefit, i.e. the copay (with the share above the monthly limit) plus the rejected lines.
 */
export const uncoveredOf = (approval: Pick<ApprovedAdjudication, 'total'>): Piasters => approval.total.submitted - approval.total.benefit;

/**
 * Already asked of the insurer for a prescription by its other claims: the claimed amount of every claim that
 * is not rejected (submitted, returned or approved: a partial approval is the insurer's answer on that amount,
 * not room for another claim). A rejected claim frees its amount for a new one.
 */
export const claimedAgainst = (card: ExistingMedCard, rx: PrescriptionRef, exceptClaimId?: string): Piasters =>
  Object.values(card.insuranceClaims)
    .filter((c) => c.prescriptionId === rx.prescriptionId && c.pharmacyId === rx.pharmacyId && c.status !== 'rejected' && c.claimId !== exceptClaimId)
    .reduce((sum, c) => sum + c.amount, 0);

/** The prescription claim an insurance claim is about: the id and the pharmacy that claimed it. */
export interface PrescriptionRef {
  pharmacyId: string;
  prescriptionId: string;
}

/**
 * Insurance amounts are bounded: with a prescription, all its claims together by what it left uncovered;
 * without one, each claim by MAX_UNLINKED_INSURANCE_CLAIM. `claimId` is the claim being filed, resubmitted or
 * approved (its own earlier amount does not count against it).
 */
export const requireWithinInsuranceBound = (card: ExistingMedCard, amount: Piasters, rx: PrescriptionRef | null, claimId: string): void => {
  if (rx === null) {
    if (amount > MAX_UNLINKED_INSURANCE_CLAIM) {
      throw new DomainError('INSURANCE_AMOUNT_ABOVE_MAXIMUM', 'An insurance claim without a prescription is limited', {
        amount, maximum: MAX_UNLINKED_INSURANCE_CLAIM,
      });
    }
    return;
  }
  const { prescriptionId } = rx;
  const record = card.prescriptionClaims.get(prescriptionClaimKey(rx.pharmacyId, prescriptionId));
  // A reversed claim paid nothing in the end: there is nothing left uncovered to claim from the insurer.
  if (record?.outcome !== 'approved' || record.reversal) {
    throw new DomainError('PRESCRIPTION_NOT_FOUND', `No approved prescription ${prescriptionId} on this card`, { prescriptionId });
  }
  const uncovered = uncoveredOf(record);
  const alreadyClaimed = claimedAgainst(card, rx, claimId);
  const available = Math.max(0, uncovered - alreadyClaimed);
  if (amount > available) {
    throw new DomainError('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', 'The amount is more than the prescription left uncovered', {
      prescriptionId, amount, uncovered, alreadyClaimed, available,
    });
  }
};
