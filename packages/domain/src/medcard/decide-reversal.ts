import { cairoDay } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import type { MedCardEvent } from './events';
import { requireCard, requireReason } from './guards';
import { findPrescriptionClaim } from './queries';
import { claimReversalReasons, type ClaimReversalReason } from './reversal';
import type { MedCardState } from './state';
import type { MedCardCommandOf } from './types';

const isReversalReason = (reason: string): reason is ClaimReversalReason => (claimReversalReasons as readonly string[]).includes(reason);

/**
 * Takes back an approved claim (wrong card, the patient left without the drugs…): its benefit returns to the
 * month it counted in, and a copay taken from the wallet goes back to it (decide-reversal-with-wallet.ts).
 * - The claim's own pharmacist only on the Cairo day it was approved (the counter's own mistakes); staff any time.
 * - A rejected claim paid nothing: CLAIM_NOT_REVERSIBLE. An unknown claim: PRESCRIPTION_NOT_FOUND.
 * - Already reversed: [] (the claim key is the natural idempotency key; the first reversal stays of record).
 * Allowed whatever the card's status now: the claim was approved while the card was usable.
 */
export const reversePrescriptionClaim = (command: MedCardCommandOf<'ReversePrescriptionClaim'>, state: MedCardState): MedCardEvent[] => {
  const card = requireCard(state, command.data.cardId);
  const { pharmacyId, prescriptionId, reason, by, walletCopay } = command.data;
  const { now: at } = command.meta;
  const record = findPrescriptionClaim(card, pharmacyId, prescriptionId);
  if (!record) throw new DomainError('PRESCRIPTION_NOT_FOUND', `No claim ${prescriptionId} of this pharmacy on this card`, { prescriptionId });
  if (record.outcome !== 'approved') {
    throw new DomainError('CLAIM_NOT_REVERSIBLE', 'A rejected claim paid nothing and cannot be reversed', { prescriptionId, outcome: record.outcome });
  }
  if (record.reversal) return [];
  if (!isReversalReason(reason)) {
    throw new DomainError('INVALID_REVERSAL_REASON', `Unknown reversal reason ${reason}`, { reason, allowed: claimReversalReasons });
  }
  // OTHER says nothing by itself, so it must be explained; the documented codes may carry a note.
  const note = reason === 'OTHER' ? requireReason(command.data.note, 'note for an OTHER reversal') : (command.data.note ?? '').trim();
  if (by.kind === 'pharmacist' && cairoDay(record.at) !== cairoDay(at)) {
    throw new DomainError('REVERSAL_WINDOW_CLOSED', 'A pharmacy can reverse a claim only on the day it was approved (Cairo time)', {
      approvedOn: cairoDay(record.at),
    });
  }
  const { month, total } = record;
  // Never more back to the wallet than the claim's copay, whatever the caller read.
  const walletCopayRefunded = Math.min(walletCopay?.amount ?? 0, total.copay);
  return [
    {
      type: 'PrescriptionClaimReversed',
      data: {
        cardId: card.cardId, prescriptionId, pharmacyId, beneficiaryId: record.claim.beneficiaryId, month, benefit: total.benefit,
        copay: total.copay, walletCopayRefunded, reason, ...(note !== '' && { note }), reversedBy: by, at,
      },
    },
  ];
};
