import type { MedCardEvent } from './events';
import type { InsuranceClaim } from './insurance';
import { own, without } from './records';
import { dispensingOf } from './refill';
import type { Dispensing, ExistingMedCard } from './state';

type Ev<T extends MedCardEvent['type']> = Extract<MedCardEvent, { type: T }>['data'];

/**
 * Records the approval, counts its benefit in its Cairo month, dispenses every line that was not rejected
 * (a rejected line keeps the drug's earlier refill date) and uses up overrides.
 */
export const applyApproval = (card: ExistingMedCard, data: Ev<'PrescriptionClaimApproved'>): ExistingMedCard => {
  const { claim, coverage, month, remainingBefore, lines, total, overridesUsed, at } = data;
  const rejectedLines = data.rejectedLines ?? [];
  const dispensed: Record<string, Dispensing> = { ...card.dispensing };
  claim.lines.forEach((line, index) => {
    if (rejectedLines.some((r) => r.index === index)) return;
    dispensed[line.drugCode] = dispensingOf(claim.prescriptionId, claim.beneficiaryId, line.daysSupply, at);
  });
  return {
    ...card,
    benefitByMonth: { ...card.benefitByMonth, [month]: (own(card.benefitByMonth, month) ?? 0) + total.benefit },
    prescriptionClaims: {
      ...card.prescriptionClaims,
      [claim.prescriptionId]: { outcome: 'approved', claim, coverage, month, remainingBefore, lines, rejectedLines, total, overridesUsed, at },
    },
    dispensing: dispensed,
    refillOverrides: overridesUsed.reduce((left, used) => without(left, used.drugCode), card.refillOverrides),
  };
};

export const applyRejection = (card: ExistingMedCard, data: Ev<'PrescriptionClaimRejected'>): ExistingMedCard => {
  const { claim, code, details, at } = data;
  return { ...card, prescriptionClaims: { ...card.prescriptionClaims, [claim.prescriptionId]: { outcome: 'rejected', claim, code, details, at } } };
};

type InsuranceEvent = Extract<MedCardEvent, { type: `InsuranceClaim${string}` }>;

/** Applies an insurance-claim fact; one about a claim the card does not know leaves the state unchanged. */
export const applyInsurance = (card: ExistingMedCard, event: InsuranceEvent): ExistingMedCard => {
  const claims = card.insuranceClaims;
  const put = (claim: InsuranceClaim): ExistingMedCard => ({ ...card, insuranceClaims: { ...claims, [claim.claimId]: claim } });
  if (event.type === 'InsuranceClaimFiled') {
    const { claimId, amount, documents, prescriptionId, filedBy } = event.data;
    if (own(claims, claimId)) return card;
    return put({ claimId, status: 'submitted', amount, documents, prescriptionId, filedBy, revision: 1, approvedAmount: null, rejection: null, returnNote: null });
  }
  const claim = own(claims, event.data.claimId);
  if (!claim) return card;
  switch (event.type) {
    case 'InsuranceClaimApproved':
      return put({ ...claim, status: 'approved', approvedAmount: event.data.approvedAmount });
    case 'InsuranceClaimRejected':
      return put({ ...claim, status: 'rejected', rejection: { reason: event.data.reason, note: event.data.note } });
    case 'InsuranceClaimReturned':
      return put({ ...claim, status: 'returned', returnNote: event.data.note });
    case 'InsuranceClaimResubmitted': {
      const { amount, documents, revision } = event.data;
      return put({ ...claim, status: 'submitted', amount, documents, revision, returnNote: null });
    }
    default: {
      const _never: never = event;
      return _never;
    }
  }
};
