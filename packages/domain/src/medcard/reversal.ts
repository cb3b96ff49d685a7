import type { Piasters } from '../shared/money';

/**
 * Why an approved claim is taken back. OTHER needs a note; the rest explain themselves.
 * - WRONG_CARD: claimed on the wrong patient's card
 * - PATIENT_LEFT: the patient left without the drugs
 * - WRONG_DRUGS: wrong drugs or quantities entered (claim again, correctly, under a new prescription id)
 * - DUPLICATE_ENTRY: the same dispensing entered twice under two ids
 */
export const claimReversalReasons = ['WRONG_CARD', 'PATIENT_LEFT', 'WRONG_DRUGS', 'DUPLICATE_ENTRY', 'OTHER'] as const;
export type ClaimReversalReason = (typeof claimReversalReasons)[number];

/** Who reversed: the claim's own pharmacist (same Cairo day only) or staff (any time). */
export interface ClaimReversedBy {
  kind: 'pharmacist' | 'staff';
  userId: string;
}

/** What a reversal left on the claim's record. */
export interface ClaimReversal {
  reason: ClaimReversalReason;
  note: string | null;
  reversedBy: ClaimReversedBy;
  benefit: Piasters;
  walletCopayRefunded: Piasters;
  at: string;
}
