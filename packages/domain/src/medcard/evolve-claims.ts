import type { MedCardEvent } from './events';
import type { InsuranceClaim } from './insurance';
import { prescriptionClaimKey } from './claim-key';
import { own, without } from './records';
import type { ClaimReversalReason } from './reversal';
import { dispensingOf } from './refill';
import type { ExistingMedCard } from './state';

type Ev<T extends MedCardEvent['type']> = Extract<MedCardEvent, { type: T }>['data'];

/**
 * Records the approval, counts its benefit in its Cairo month, dispenses every line that was not rejected
 * (a rejected line keeps the drug's earlier refill date) and uses up overrides. The card's other fields (its
 * status included) are carried over.
 */
export const applyApproval = <C extends ExistingMedCard>(card: C, data: Ev<'PrescriptionClaimApproved'>): C => {
  const { claim, coverage, month, remainingBefore, lines, total, overridesUsed, at } = data;
  const rejectedLines = data.rejectedLines ?? [];
  let dispensed = card.dispensing;
  claim.lines.forEach((line, index) => {
    if (rejectedLines.some((r) => r.index === index)) return;
    dispensed = dispensed.set(line.drugCode, dispensingOf(claim, line.daysSupply, at));
  });
  // The copy first, then its fields set: fields after a spread in one literal are defined through V8's slow path
  // (`npm run bench` run 16), stores into the fresh copy are not.
  const next = { ...card };
  next.benefitByMonth = plus(card.benefitByMonth, month, total.benefit);
  next.prescriptionClaims = card.prescriptionClaims.set(prescriptionClaimKey(claim.pharmacyId, claim.prescriptionId), {
    outcome: 'approved', claim, coverage, month, remainingBefore, lines, rejectedLines, total, overridesUsed, at,
  });
  next.dispensing = dispensed;
  if (overridesUsed.length > 0) next.refillOverrides = overridesUsed.reduce((left, used) => without(left, used.drugCode), card.refillOverrides);
  return next;
};

/** A copy of a month's benefit record with `amount` added to `month` (a YYYY-MM key, never a prototype name). */
const plus = (byMonth: Readonly<Record<string, number>>, month: string, amount: number): Record<string, number> => {
  const next = { ...byMonth };
  next[month] = (own(byMonth, month) ?? 0) + amount;
  return next;
};

export const applyRejection = <C extends ExistingMedCard>(card: C, data: Ev<'PrescriptionClaimRejected'>): C => {
  const { claim, code, details, at } = data;
  const key = prescriptionClaimKey(claim.pharmacyId, claim.prescriptionId);
  return { ...card, prescriptionClaims: card.prescriptionClaims.set(key, { outcome: 'rejected', claim, code, details, at }) };
};

/**
 * Marks the approval reversed and gives its benefit back to its month. The drugs it dispensed are no longer
 * counted as dispensed (the patient did not take them), so their refill dates lift; overrides it used stay used.
 */
export const applyReversal = <C extends ExistingMedCard>(card: C, data: Ev<'PrescriptionClaimReversed'>): C => {
  const { pharmacyId, prescriptionId, month, benefit, walletCopayRefunded, reason, note, reversedBy, at } = data;
  const key = prescriptionClaimKey(pharmacyId, prescriptionId);
  const record = card.prescriptionClaims.get(key);
  if (record?.outcome !== 'approved' || record.reversal) return card;
  const reversal = { reason: reason as ClaimReversalReason, note: note ?? null, reversedBy, benefit, walletCopayRefunded, at };
  const dispensing = card.dispensing.without((d) => d.prescriptionId === prescriptionId && (d.pharmacyId ?? pharmacyId) === pharmacyId);
  return {
    ...card,
    benefitByMonth: { ...card.benefitByMonth, [month]: Math.max(0, (own(card.benefitByMonth, month) ?? 0) - benefit) },
    prescriptionClaims: card.prescriptionClaims.set(key, { ...record, reversal }),
    dispensing,
  };
};

/** Filings before claims were per pharmacy name only the prescription: it was then the card's one claim with that id. */
const pharmacyOfOlderFiling = (card: ExistingMedCard, prescriptionId: string | null): string | null =>
  prescriptionId === null ? null : ([...card.prescriptionClaims.values()].find((r) => r.claim.prescriptionId === prescriptionId)?.claim.pharmacyId ?? null);

type InsuranceEvent = Extract<MedCardEvent, { type: `InsuranceClaim${string}` }>;

/** Applies an insurance-claim fact; one about a claim the card does not know leaves the state unchanged. */
export const applyInsurance = <C extends ExistingMedCard>(card: C, event: InsuranceEvent): C => {
  const claims = card.insuranceClaims;
  const put = (claim: InsuranceClaim): C => ({ ...card, insuranceClaims: { ...claims, [claim.claimId]: claim } });
  if (event.type === 'InsuranceClaimFiled') {
    const { claimId, amount, documents, prescriptionId, filedBy } = event.data;
    if (own(claims, claimId)) return card;
    const pharmacyId = event.data.pharmacyId ?? pharmacyOfOlderFiling(card, prescriptionId);
    return put({ claimId, status: 'submitted', amount, documents, prescriptionId, pharmacyId, filedBy, revision: 1, approvedAmount: null, rejection: null, returnNote: null });
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
