import { z } from 'zod';
import { money } from '../../schemas/money';
import { cardId, entityId } from '../medcard/medcard.schemas';
import { copayCodeField } from './copay-code-field';

export const copayStatus = z.enum(['requested', 'collected', 'cancelled', 'expired']);
export const copayChannel = z.enum(['sms', 'portal']);
export const collectionId = z.uuid();

/** A claim of the caller's pharmacy, by the card and the prescription number it was claimed under. */
export const requestCopayInput = z.object({ cardId, prescriptionId: entityId });
export const collectionInput = z.object({ collectionId });
export const confirmCopayInput = z.object({ collectionId, code: copayCodeField });

/** A collection as the counter sees it (never the code). Instants are ISO strings. */
export const copayView = z.object({
  collectionId: z.string(),
  cardId: z.string(),
  prescriptionId: z.string(),
  amount: money,
  status: copayStatus,
  /** How the patient agreed, once collected: the code at the counter (sms) or the patient portal. */
  channel: copayChannel.nullable(),
  attemptsLeft: z.int().nonnegative(),
  expiresAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type CopayView = z.infer<typeof copayView>;

/**
 * The answer to a request: the code went to the phone ending in `phoneEnding`, unless `codeSent` is false
 * (the SMS provider failed: the patient can still approve in the patient portal).
 */
export const copayRequested = copayView.extend({ phoneEnding: z.string(), codeSent: z.boolean() });
export type CopayRequested = z.infer<typeof copayRequested>;

/** A request waiting for the patient (patient portal). */
export const pendingCopay = z.object({
  collectionId: z.string(),
  prescriptionId: z.string(),
  pharmacyName: z.string(),
  pharmacyNameAr: z.string(),
  amount: money,
  createdAt: z.string(),
  expiresAt: z.string(),
});
