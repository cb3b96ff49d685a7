import { claimReversalReasons } from '@healthpay/domain';
import { z } from 'zod';
import { cardId, entityId } from '../medcard/medcard.schemas';

/** Why a claim is reversed: a code, and a note (required for OTHER). */
export const reversalReason = {
  reason: z.enum(claimReversalReasons),
  note: z.string().trim().max(500).optional(),
};

/** The counter reverses its own pharmacy's claim (same Cairo day). */
export const reverseClaimInput = z.object({ cardId, prescriptionId: entityId, ...reversalReason });

/** Staff name the pharmacy: a claim is (card, pharmacy, prescription). */
export const staffReverseClaimInput = reverseClaimInput.extend({ pharmacyId: entityId });
