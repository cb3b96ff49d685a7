import { z } from 'zod';
import { cardId, entityId, money, positiveMoney } from '../medcard/medcard.schemas';

/** `reversed`: an approval taken back (see `reversal`); its amounts are what was given back. */
export const claimStatus = z.enum(['approved', 'partial', 'rejected', 'reversed']);

/** Who took an approved claim back, why and when; what went back to the wallet. */
export const claimReversal = z.object({
  at: z.string(),
  /** WRONG_CARD | PATIENT_LEFT | WRONG_DRUGS | DUPLICATE_ENTRY | OTHER */
  reason: z.string(),
  note: z.string().nullable(),
  by: z.string(),
  byKind: z.enum(['pharmacist', 'staff']),
  walletCopayRefunded: money,
});

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

export const claimLine = z.object({
  lineNo: z.int(),
  drugCode: z.string(),
  drugName: z.string(),
  quantity: z.int(),
  unitPrice: money,
  totalPrice: money,
  daysSupply: z.int(),
  submitted: money,
  eligible: money,
  copay: money,
  benefit: money,
  limitedByMonthlyLimit: z.boolean(),
  /** What the line would have paid without the monthly limit (only when limited). */
  uncappedBenefit: money.nullable(),
  /**
   * Set when this line was rejected on its own (REFILL_TOO_SOON, details.earliestRefillDate) while the rest of
   * the claim was approved: it pays nothing. Null for a paid line and on a claim rejected as a whole.
   */
  rejection: z.object({ code: z.string(), details: z.record(z.string(), z.unknown()) }).nullable(),
});

/**
 * The adjudication of a prescription: approved (in full), partial (capped by the monthly limit) or
 * rejected with a code. Amounts follow FHIR ClaimResponse: benefit + copay = eligible; `submitted` counts every
 * line, eligible/copay/benefit only the lines not rejected (see `lines[].rejection`).
 */
export const claimResult = z.object({
  cardId: z.string(),
  prescriptionId: z.string(),
  pharmacyId: z.string(),
  beneficiaryId: z.string(),
  status: claimStatus,
  rejection: z.object({ code: z.string(), details: z.record(z.string(), z.unknown()) }).nullable(),
  /** Africa/Cairo month the benefit counts against (for a rejection: the month it was decided in). */
  month: z.string(),
  submitted: money,
  eligible: money,
  copay: money,
  benefit: money,
  remainingBefore: money.nullable(),
  remainingAfter: money.nullable(),
  overridesUsed: z.array(z.object({ overrideId: z.string(), drugCode: z.string() })),
  decidedAt: z.string(),
  /** Set once the approval was reversed (status `reversed`). */
  reversal: claimReversal.nullable(),
  lines: z.array(claimLine),
});
export type ClaimResult = z.infer<typeof claimResult>;

/** A claim from the read model: with names, and the copayment percent it was adjudicated with. */
export const claimView = claimResult.extend({
  pharmacyName: z.string().nullable(),
  pharmacyNameAr: z.string().nullable(),
  beneficiaryName: z.string().nullable(),
  copaymentPercent: z.int().nullable(),
  /** How the patient paid their share: `wallet` when the pharmacy collected it from the wallet, else `cash`. */
  copayPaidFrom: z.enum(['wallet', 'cash']),
});
export type ClaimView = z.infer<typeof claimView>;

export const claimPage = z.object({ items: z.array(claimView), nextCursor: z.string().nullable() });

export const claimListFilter = z.object({
  status: claimStatus.optional(),
  from: z.iso.date().optional().meta({ description: 'First Africa/Cairo day (YYYY-MM-DD), inclusive' }),
  to: z.iso.date().optional().meta({ description: 'Last Africa/Cairo day (YYYY-MM-DD), inclusive' }),
  cursor: z.string().max(500).optional(),
  limit: z.int().min(1).max(100).default(20),
});
