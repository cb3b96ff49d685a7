import { createHash } from 'node:crypto';
import { z } from 'zod';
import { money } from './money';

/*
 * The API's claim answer (`claimResult`, and `claimView` with the names joined at read time). Here rather than in the
 * API's claim.schemas.ts (which re-exports them) because the claim projection checks each answer it stores against
 * `claimResult` and records the schema's version with it: a card's page of such answers is then passed through as
 * stored, not parsed and checked again on every read (`claims.byCard`).
 */

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

/** What a claim from the read model adds to its stored answer, read with it: names and how the copay was paid. */
export const claimViewNames = z.object({
  pharmacyName: z.string().nullable(),
  pharmacyNameAr: z.string().nullable(),
  beneficiaryName: z.string().nullable(),
  copaymentPercent: z.int().nullable(),
  /** How the patient paid their share: `wallet` when the pharmacy collected it from the wallet, else `cash`. */
  copayPaidFrom: z.enum(['wallet', 'cash']),
});

/** A claim from the read model: with names, and the copayment percent it was adjudicated with. */
export const claimView = claimResult.extend(claimViewNames.shape);
export type ClaimView = z.infer<typeof claimView>;

/**
 * The version of the claim view's schema: a hash of its JSON Schema (keys in order, types, nullability, bounds,
 * enums), computed at start-up, so any change to `claimResult` or `claimViewNames` is a new version without anyone
 * bumping it. Stored with each answer the projection checked (`answer_schema`); an answer stored under another version
 * (or none: rows from before, a check that failed) is parsed and checked on read. What JSON Schema cannot carry (a
 * refinement, a transform) is refused by claim-view.unit.spec.ts.
 */
export const schemaVersionOf = (schema: z.ZodType): string =>
  createHash('sha256').update(JSON.stringify(z.toJSONSchema(schema, { io: 'output' }))).digest('base64url').slice(0, 16);
export const CLAIM_VIEW_SCHEMA = schemaVersionOf(claimView);
