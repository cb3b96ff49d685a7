import { z } from 'zod';
import { beneficiaryView, calendarDate, cardId, entityId } from '../medcard/medcard.schemas';

export const addBeneficiaryInput = z.object({
  cardId,
  /** Chosen by the server unless given. */
  beneficiaryId: entityId.optional(),
  /** The holder is the card's one `self`, added when the card is issued. */
  relationship: z.enum(['spouse', 'child', 'parent']),
  name: z.string().trim().min(1).max(200),
  nationalId: z.string().trim().min(1).max(20),
  /** Defaults to the birth date the national ID encodes (and must equal it when given). */
  dateOfBirth: calendarDate.optional(),
  /** Required from age 18. */
  mobile: z.string().trim().min(1).max(30).optional(),
});

export const beneficiaryListItem = beneficiaryView.extend({
  status: z.enum(['active', 'removed']),
  addedAt: z.string(),
  removedAt: z.string().nullable(),
});

export const revealNationalIdInput = z.strictObject({
  cardId,
  beneficiaryId: entityId,
  /** Why the full value is needed (kept in the audit log). */
  reason: z.string().trim().min(1).max(200).optional(),
});

export const revealNationalIdOutput = z.object({ nationalId: z.string() });
