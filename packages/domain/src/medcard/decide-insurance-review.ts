import { DomainError } from '../shared/errors';
import type { MedCardEvent } from './events';
import { requireCard, requireReason } from './guards';
import { insuranceRejectionReasons, type InsuranceRejectionReason } from './insurance';
import { prescriptionRefOf, requireWithinInsuranceBound } from './insurance-bounds';
import { requireClaimAmount, requireClaimStatus, requireInsuranceClaim } from './insurance-guards';
import type { MedCardState } from './state';
import type { MedCardCommandOf } from './types';

/*
 * Staff review of a submitted claim. Reviews go on whatever the card's status is now (suspended, closed,
 * expired): a claim filed while the card was active still deserves an answer.
 */

export const approveInsuranceClaim = (command: MedCardCommandOf<'ApproveInsuranceClaim'>, state: MedCardState): MedCardEvent[] => {
  const card = requireCard(state, command.data.cardId);
  const claim = requireInsuranceClaim(card, command.data.claimId);
  requireClaimStatus(claim, ['submitted'], command.type);
  const { approvedAmount } = command.data;
  requireClaimAmount(approvedAmount);
  // The insurer may pay less than claimed, never more.
  if (approvedAmount > claim.amount) {
    throw new DomainError('APPROVED_AMOUNT_EXCEEDS_CLAIM', 'Approved amount exceeds the claimed amount', { claimed: claim.amount, approvedAmount });
  }
  // Claims filed before amounts were bounded may ask for more: what is paid stays within the bound.
  requireWithinInsuranceBound(card, approvedAmount, prescriptionRefOf(claim), claim.claimId);
  const { now, actorId } = command.meta;
  return [
    {
      type: 'InsuranceClaimApproved',
      data: { cardId: card.cardId, claimId: claim.claimId, claimedAmount: claim.amount, approvedAmount, reviewedBy: actorId, at: now },
    },
  ];
};

const isRejectionReason = (reason: string): reason is InsuranceRejectionReason =>
  (insuranceRejectionReasons as readonly string[]).includes(reason);

export const rejectInsuranceClaim = (command: MedCardCommandOf<'RejectInsuranceClaim'>, state: MedCardState): MedCardEvent[] => {
  const card = requireCard(state, command.data.cardId);
  const claim = requireInsuranceClaim(card, command.data.claimId);
  requireClaimStatus(claim, ['submitted'], command.type);
  const { reason } = command.data;
  if (!isRejectionReason(reason)) {
    throw new DomainError('INVALID_REJECTION_REASON', `Unknown rejection reason ${reason}`, { reason, allowed: insuranceRejectionReasons });
  }
  // OTHER says nothing by itself, so it must be explained; the documented codes may carry a note.
  const note = reason === 'OTHER' ? requireReason(command.data.note, 'note for an OTHER rejection') : (command.data.note ?? '').trim();
  const { now, actorId } = command.meta;
  return [{ type: 'InsuranceClaimRejected', data: { cardId: card.cardId, claimId: claim.claimId, reason, note, reviewedBy: actorId, at: now } }];
};

export const returnInsuranceClaim = (command: MedCardCommandOf<'ReturnInsuranceClaim'>, state: MedCardState): MedCardEvent[] => {
  const card = requireCard(state, command.data.cardId);
  const claim = requireInsuranceClaim(card, command.data.claimId);
  requireClaimStatus(claim, ['submitted'], command.type);
  // The filer must know what to correct.
  const note = requireReason(command.data.note, 'correction note');
  const { now, actorId } = command.meta;
  return [{ type: 'InsuranceClaimReturned', data: { cardId: card.cardId, claimId: claim.claimId, note, reviewedBy: actorId, at: now } }];
};
