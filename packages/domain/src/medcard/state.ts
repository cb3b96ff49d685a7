import type { Piasters } from '../shared/money';
import type { PersistentMap } from '../shared/persistent-map';
import type { Beneficiary, MedCardHolder } from './beneficiary';
import type { ApprovedAdjudication, PrescriptionClaim, RejectedAdjudication } from './claim';
import type { ClaimReversal } from './reversal';
import type { InsuranceClaim, InsurancePolicy } from './insurance';
import type { MedCardTier } from './tiers';

/**
 * The last word on a claim (card, pharmacy, prescription): approvals are final, a rejection may be superseded
 * by a later submission. An approval may later be reversed (`reversal`), which keeps the approval on record.
 */
export type PrescriptionClaimRecord = { claim: PrescriptionClaim; at: string } & (
  | (ApprovedAdjudication & { reversal?: ClaimReversal })
  | RejectedAdjudication
);

/** Last dispensing of a drug on the card, whoever it was for: refills are checked card-wide. */
export interface Dispensing {
  prescriptionId: string;
  /** The dispensing pharmacy (absent on states folded from approvals before claims were per pharmacy). */
  pharmacyId?: string;
  beneficiaryId: string;
  dispensedOn: string; // YYYY-MM-DD in Africa/Cairo
  daysSupply: number;
  earliestRefillDate: string; // dispensedOn + daysSupply
}

/** Staff permission to dispense a drug before its refill date: one claim, until `expiresAt`. */
export interface RefillOverride {
  overrideId: string;
  reason: string;
  grantedBy: string;
  expiresAt: string;
}

export interface ExistingMedCard {
  cardId: string;
  tier: MedCardTier;
  monthlyLimit: Piasters;
  copaymentPercent: number;
  holder: MedCardHolder;
  beneficiaries: Readonly<Record<string, Beneficiary>>; // current members by beneficiaryId
  insurance: InsurancePolicy | null;
  expiresAt: string;
  benefitByMonth: Readonly<Record<string, Piasters>>; // YYYY-MM (Africa/Cairo) → benefit paid
  /**
   * By prescriptionClaimKey(pharmacyId, prescriptionId). The two records that grow with every claim are persistent
   * Maps: a claim's evolve sets a key in O(1) where a copy of the record grew with the card (docs/benchmarks.md,
   * `npm run bench` runs 12 and 17).
   */
  prescriptionClaims: PersistentMap<string, PrescriptionClaimRecord>;
  dispensing: PersistentMap<string, Dispensing>; // by drugCode
  refillOverrides: Readonly<Record<string, RefillOverride>>; // by drugCode
  insuranceClaims: Readonly<Record<string, InsuranceClaim>>; // by claimId
}

/** State is a union keyed on `status`; `none` before the card is issued. */
export type MedCardState =
  | { status: 'none' }
  | ({ status: 'pending' | 'active' | 'suspended' | 'closed' | 'expired' } & ExistingMedCard);

export const initialMedCardState: MedCardState = { status: 'none' };
