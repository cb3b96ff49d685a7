import { claimStatus, claimView } from '@healthpay/db';
import { z } from 'zod';
import { cardId, entityId, positiveMoney } from '../medcard/medcard.schemas';

// The answer's schemas live in db (contracts/claim-view.ts): the claim projection checks each stored answer against them.
export { claimLine, claimResult, claimReversal, claimStatus, claimView, claimViewNames, type ClaimResult, type ClaimView } from '@healthpay/db';

export const claimLineInput = z.object({
  drugCode: z.string().trim().min(1).max(50),
  drugName: z.string().trim().min(1).max(200),
  quantity: z.int().positive().max(100_000),
  unitPrice: positiveMoney,
  /** Must equal quantity × unitPrice. */
  totalPrice: positiveMoney,
  /** Days the dispensed quantity lasts (refills are refused before it runs out); 30 unless given. */
  daysSupply: z.int().min(1).max(365).optional(),
});

export const submitClaimInput = z.object({
  cardId,
  prescriptionId: entityId,
  /** A pharmacist's own pharmacy when left out; staff must name one. */
  pharmacyId: entityId.optional(),
  beneficiaryId: entityId,
  lines: z.array(claimLineInput).min(1).max(50),
  /** Must equal the sum of the lines' totalPrice. */
  submittedTotal: positiveMoney,
});
export type SubmitClaimInput = z.infer<typeof submitClaimInput>;

export const claimPage = z.object({ items: z.array(claimView), nextCursor: z.string().nullable() });

export const claimListFilter = z.object({
  status: claimStatus.optional(),
  from: z.iso.date().optional().meta({ description: 'First Africa/Cairo day (YYYY-MM-DD), inclusive' }),
  to: z.iso.date().optional().meta({ description: 'Last Africa/Cairo day (YYYY-MM-DD), inclusive' }),
  cursor: z.string().max(500).optional(),
  limit: z.int().min(1).max(100).default(20),
});
