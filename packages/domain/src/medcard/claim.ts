import type { DomainErrorCode } from '../shared/errors';
import type { Piasters } from '../shared/money';

/** One dispensed drug as the pharmacy submits it. */
export interface PrescriptionLineInput {
  drugCode: string;
  drugName: string;
  quantity: number; // positive integer
  unitPrice: Piasters; // positive
  totalPrice: Piasters; // must equal quantity × unitPrice
  daysSupply?: number; // defaults to DEFAULT_DAYS_SUPPLY
}

export interface PrescriptionClaimInput {
  prescriptionId: string;
  pharmacyId: string;
  beneficiaryId: string;
  lines: PrescriptionLineInput[];
  submittedTotal: Piasters; // must equal the sum of the lines' totalPrice
}

/** The claim after validation, with defaults applied: the body that repeats are compared against. */
export type PrescriptionLine = Required<PrescriptionLineInput>;
export interface PrescriptionClaim extends Omit<PrescriptionClaimInput, 'lines'> {
  lines: PrescriptionLine[];
}

/** FHIR ClaimResponse-style adjudication amounts. Invariant: benefit + copay = eligible, all ≥ 0. */
export interface ClaimAmounts {
  submitted: Piasters;
  eligible: Piasters;
  copay: Piasters; // the patient's share
  benefit: Piasters; // what the card pays
}

/** A line capped by the monthly limit keeps the benefit it would have had, so the pharmacy can explain it. */
export type AdjudicatedLine = ClaimAmounts & { drugCode: string } & (
    | { limitedByMonthlyLimit: false }
    | { limitedByMonthlyLimit: true; uncappedBenefit: Piasters }
  );

/**
 * A line refused on its own (line-level rules: today only REFILL_TOO_SOON) while the rest of the claim is
 * adjudicated without it. `index` is the line's position in the claim.
 */
export type LineRejectionCode = Extract<DomainErrorCode, 'REFILL_TOO_SOON'>;
export interface LineRejection {
  index: number;
  drugCode: string;
  code: LineRejectionCode;
  details: Record<string, unknown>;
}

export interface UsedOverride {
  overrideId: string;
  drugCode: string;
}

/** Rejections recorded as PrescriptionClaimRejected (see decide-prescription.ts for the rule). */
export type PrescriptionRejectionCode = Extract<
  DomainErrorCode,
  'CARD_NOT_ACTIVE' | 'CARD_EXPIRED' | 'BENEFICIARY_NOT_ON_CARD' | 'REFILL_TOO_SOON' | 'MONTHLY_LIMIT_EXHAUSTED'
>;

export interface ApprovedAdjudication {
  outcome: 'approved';
  coverage: 'full' | 'partial';
  month: string; // YYYY-MM in Africa/Cairo: the month whose limit the benefit counts against
  remainingBefore: Piasters; // monthly benefit still available before this claim
  /** Every line of the claim, in order; a rejected line pays nothing (eligible, copay and benefit 0). */
  lines: AdjudicatedLine[];
  /** Lines refused by a line-level rule (absent on approvals recorded before per-line adjudication). */
  rejectedLines: LineRejection[];
  /** submitted = the whole claim; eligible, copay and benefit = the lines that were not rejected. */
  total: ClaimAmounts;
  overridesUsed: UsedOverride[];
}

export interface RejectedAdjudication {
  outcome: 'rejected';
  code: PrescriptionRejectionCode;
  details: Record<string, unknown>;
}

export type Adjudication = ApprovedAdjudication | RejectedAdjudication;
