import { DomainError } from '../shared/errors';
import type { Piasters } from '../shared/money';
import type { ApprovedAdjudication } from './claim';
import { own } from './records';
import type { ExistingMedCard } from './state';

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
export const claimedAgainst = (card: ExistingMedCard, prescriptionId: string, exceptClaimId?: string): Piasters =>
  Object.values(card.insuranceClaims)
    .filter((c) => c.prescriptionId === prescriptionId && c.status !== 'rejected' && c.claimId !== exceptClaimId)
    .reduce((sum, c) => sum + c.amount, 0);

/**
 * Insurance amounts are bounded: with a prescription, all its claims together by what it left uncovered;
 * without one, each claim by MAX_UNLINKED_INSURANCE_CLAIM. `claimId` is the claim being filed, resubmitted or
 * approved (its own earlier amount does not count against it).
 */
export const requireWithinInsuranceBound = (card: ExistingMedCard, amount: Piasters, prescriptionId: string | null, claimId: string): void => {
  if (prescriptionId === null) {
    if (amount > MAX_UNLINKED_INSURANCE_CLAIM) {
      throw new DomainError('INSURANCE_AMOUNT_ABOVE_MAXIMUM', 'An insurance claim without a prescription is limited', {
        amount, maximum: MAX_UNLINKED_INSURANCE_CLAIM,
      });
    }
    return;
  }
  const record = own(card.prescriptionClaims, prescriptionId);
  if (record?.outcome !== 'approved') {
    throw new DomainError('PRESCRIPTION_NOT_FOUND', `No approved prescription ${prescriptionId} on this card`, { prescriptionId });
  }
  const uncovered = uncoveredOf(record);
  const alreadyClaimed = claimedAgainst(card, prescriptionId, claimId);
  const available = Math.max(0, uncovered - alreadyClaimed);
  if (amount > available) {
    throw new DomainError('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', 'The amount is more than the prescription left uncovered', {
      prescriptionId, amount, uncovered, alreadyClaimed, available,
    });
  }
};
