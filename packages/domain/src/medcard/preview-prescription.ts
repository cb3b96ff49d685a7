import { decideMedCard } from './decide';
import { evolveMedCard } from './evolve';
import { findPrescriptionClaim } from './queries';
import type { MedCardState, PrescriptionClaimRecord } from './state';
import type { MedCardCommandOf } from './types';

/**
 * What submitting the claim now would leave on record, recorded nowhere: the very decision submit runs,
 * folded onto the state the way an append would. Whatever submit throws (DUPLICATE_PRESCRIPTION, INVALID_LINE,
 * CARD_NOT_FOUND) this throws too, and an identical repeat answers with the answer of record, as submit does.
 */
export const previewPrescriptionClaim = (command: MedCardCommandOf<'SubmitPrescriptionClaim'>, state: MedCardState): PrescriptionClaimRecord => {
  const after = decideMedCard(command, state).reduce(evolveMedCard, state);
  const record = findPrescriptionClaim(after, command.data.claim.pharmacyId, command.data.claim.prescriptionId);
  // The decision either records an answer for the prescription or finds one already there.
  if (!record) throw new Error('SubmitPrescriptionClaim left no answer of record');
  return record;
};
