import { DomainError } from '../shared/errors';
import type { MedCardEvent } from './events';
import { requireCard, requireNotPastExpiry, requireOpenCard } from './guards';
import { prescriptionRefOf, requireWithinInsuranceBound } from './insurance-bounds';
import { requireClaimAmount, requireClaimStatus, requireInsuranceClaim, requireValidDocuments } from './insurance-guards';
import { own } from './records';
import type { ExistingMedCard, MedCardState } from './state';
import type { MedCardCommandOf } from './types';

/**
 * Staff or a pharmacy files a claim with the card's insurer. Only on an active, unexpired card that has an
 * insurance; a linked prescription must be one this card approved, and the amount is bounded (insurance-bounds.ts).
 */
export const fileInsuranceClaim = (command: MedCardCommandOf<'FileInsuranceClaim'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  const { claimId, amount, prescriptionId, filerRole } = command.data;
  const pharmacyId = prescriptionId === undefined ? null : pharmacyOfPrescription(card, prescriptionId, command.data.pharmacyId);
  const { now, actorId } = command.meta;
  if (card.status !== 'active') {
    throw new DomainError('CARD_NOT_ACTIVE', `MedCard ${card.cardId} is ${card.status}`, { cardId: card.cardId, status: card.status });
  }
  requireNotPastExpiry(card, now);
  if (!card.insurance) throw new DomainError('NO_INSURANCE_ON_CARD', `MedCard ${card.cardId} has no insurance`, { cardId: card.cardId });
  if (own(card.insuranceClaims, claimId)) {
    throw new DomainError('INSURANCE_CLAIM_ALREADY_EXISTS', `Insurance claim ${claimId} already exists`, { claimId });
  }
  requireClaimAmount(amount);
  const documents = requireValidDocuments(command.data.documents);
  requireWithinInsuranceBound(card, amount, prescriptionId === undefined || pharmacyId === null ? null : { prescriptionId, pharmacyId }, claimId);
  const filedBy = { role: filerRole, actorId };
  return [
    {
      type: 'InsuranceClaimFiled',
      data: { cardId: card.cardId, claimId, amount, documents, prescriptionId: prescriptionId ?? null, ...(pharmacyId !== null && { pharmacyId }), filedBy, at: now },
    },
  ];
};

/**
 * The pharmacy whose claim a filing is about: the one named (a pharmacy filing names itself), else the only
 * pharmacy that claimed the prescription id on this card. None or several: PRESCRIPTION_NOT_FOUND (name one).
 */
const pharmacyOfPrescription = (card: ExistingMedCard, prescriptionId: string, named: string | undefined): string => {
  if (named !== undefined) return named;
  const pharmacies = [...card.prescriptionClaims.values()].filter((r) => r.claim.prescriptionId === prescriptionId).filter((r) => r.outcome === 'approved' && !r.reversal).map((r) => r.claim.pharmacyId);
  if (pharmacies.length !== 1 || pharmacies[0] === undefined) {
    throw new DomainError('PRESCRIPTION_NOT_FOUND', `Name the pharmacy of prescription ${prescriptionId}`, { prescriptionId });
  }
  return pharmacies[0];
};

/**
 * Only a claim returned for correction can be resubmitted; omitted fields keep their previous values.
 * Allowed whatever the card's status now: the claim was filed while the card was active.
 */
export const resubmitInsuranceClaim = (command: MedCardCommandOf<'ResubmitInsuranceClaim'>, state: MedCardState): MedCardEvent[] => {
  const card = requireCard(state, command.data.cardId);
  const claim = requireInsuranceClaim(card, command.data.claimId);
  requireClaimStatus(claim, ['returned'], command.type);
  const amount = command.data.amount ?? claim.amount;
  requireClaimAmount(amount);
  requireWithinInsuranceBound(card, amount, prescriptionRefOf(claim), claim.claimId);
  const documents = requireValidDocuments(command.data.documents ?? claim.documents);
  const { now, actorId } = command.meta;
  return [
    {
      type: 'InsuranceClaimResubmitted',
      data: { cardId: card.cardId, claimId: claim.claimId, amount, documents, revision: claim.revision + 1, resubmittedBy: actorId, at: now },
    },
  ];
};
