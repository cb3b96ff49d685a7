import { DomainError } from '../shared/errors';
import { adjudicate } from './adjudicate';
import { normalizeClaim } from './claim-validation';
import type { MedCardEvent } from './events';
import { isBlank, requireCard, requireFutureInstant, requireOpenCard, requireReason } from './guards';
import { findPrescriptionClaim } from './queries';
import { sameValue } from './same-value';
import type { MedCardState } from './state';
import type { MedCardCommandOf } from './types';

/**
 * Refusals: events or errors?
 * - Recorded as PrescriptionClaimRejected: a well-formed claim refused on the card's facts (CARD_NOT_ACTIVE,
 *   CARD_EXPIRED, BENEFICIARY_NOT_ON_CARD, REFILL_TOO_SOON on every line, MONTHLY_LIMIT_EXHAUSTED). The pharmacy
 *   needs an answer it can refer to, and audit needs the attempt.
 * - Recorded inside PrescriptionClaimApproved (`rejectedLines`): lines refused by a line-level rule
 *   (REFILL_TOO_SOON) while the other lines are approved.
 * - Thrown, nothing recorded: malformed input (INVALID_CLAIM, INVALID_LINE: fix and resend), an unknown card
 *   (no stream to record on: CARD_NOT_FOUND) and DUPLICATE_PRESCRIPTION (the first answer stays of record).
 *
 * Repeats (the same prescription id from the same pharmacy: a claim is card + pharmacy + prescription),
 * compared structurally on the normalised body:
 * - approved is final (reversed or not): the same body again → [] (idempotent; the result is the record of
 *   findPrescriptionClaim),
 *   a different body → DUPLICATE_PRESCRIPTION;
 * - rejected is not final (a new month, an override or a reactivation may lift the cause): the claim is
 *   adjudicated again and the new answer recorded, unless it is the same rejection of the same body → [].
 */
export const submitPrescriptionClaim = (command: MedCardCommandOf<'SubmitPrescriptionClaim'>, state: MedCardState): MedCardEvent[] => {
  const card = requireCard(state, command.data.cardId);
  const { now: at } = command.meta;
  const claim = normalizeClaim(command.data.claim);
  const { prescriptionId } = claim;
  // Per pharmacy: another pharmacy's claim under the same id is none of this one's business (the refill rule
  // still sees its drugs as dispensed).
  const previous = findPrescriptionClaim(card, claim.pharmacyId, prescriptionId);
  const sameBody = previous !== undefined && sameValue(previous.claim, claim);
  if (previous?.outcome === 'approved') {
    if (sameBody) return [];
    throw new DomainError('DUPLICATE_PRESCRIPTION', `Prescription ${prescriptionId} was already claimed`, { prescriptionId });
  }
  const result = adjudicate(card, claim, at);
  const { cardId } = card;
  if (result.outcome === 'rejected') {
    const { code, details } = result;
    if (sameBody && previous?.code === code && sameValue(previous.details, details)) return [];
    return [{ type: 'PrescriptionClaimRejected', data: { cardId, claim, code, details, at } }];
  }
  const { coverage, month, remainingBefore, lines, rejectedLines, total, overridesUsed } = result;
  // The terms travel with the approval: later tier or limit changes never re-price a past claim.
  const terms = { tier: card.tier, monthlyLimit: card.monthlyLimit, copaymentPercent: card.copaymentPercent };
  return [
    { type: 'PrescriptionClaimApproved', data: { cardId, claim, coverage, month, remainingBefore, lines, rejectedLines, total, overridesUsed, terms, at } },
  ];
};

/**
 * Staff lets one claim dispense `drugCode` before its refill date (lost medication, dose change). Scoped to
 * the card and drug code, whoever the claim is for; single use; expiring. A new grant for the same drug
 * replaces the previous one. The reason and the granting actor are recorded for audit.
 */
export const grantRefillOverride = (command: MedCardCommandOf<'GrantRefillOverride'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  const { overrideId, drugCode, expiresAt } = command.data;
  const { now, actorId } = command.meta;
  if (isBlank(drugCode)) throw new DomainError('INVALID_DRUG_CODE', 'A drug code is required', { drugCode });
  const reason = requireReason(command.data.reason, 'refill override reason');
  requireFutureInstant(expiresAt, now);
  return [
    { type: 'RefillOverrideGranted', data: { cardId: card.cardId, overrideId, drugCode, reason, grantedBy: actorId, expiresAt, at: now } },
  ];
};
