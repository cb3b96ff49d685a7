import type { Piasters } from '../shared/money';
import type { Beneficiary, MedCardHolder } from './beneficiary';
import type { AdjudicatedLine, ClaimAmounts, LineRejection, PrescriptionClaim, PrescriptionRejectionCode, UsedOverride } from './claim';
import type { ClaimReversedBy } from './reversal';
import type { InsuranceDocument, InsuranceFiler, InsurancePolicy, InsuranceRejectionReason } from './insurance';
import type { MedCardTier, TierTerms } from './tiers';

/**
 * MedCard events (past tense), one stream per card. Claims live on the card's stream so the event store's
 * expected version serialises them: two pharmacies cannot both spend the last of a month's limit.
 * `at` is the ISO instant from the command's metadata.
 */
export type MedCardEvent =
  | { type: 'MedCardIssued'; data: { cardId: string; tier: MedCardTier; monthlyLimit: Piasters; copaymentPercent: number; holder: MedCardHolder; self: Beneficiary; insurance?: InsurancePolicy; expiresAt: string; at: string } }
  | { type: 'MedCardActivated'; data: { cardId: string; at: string } }
  | { type: 'MedCardSuspended'; data: { cardId: string; reason: string; at: string } }
  | { type: 'MedCardReactivated'; data: { cardId: string; at: string } }
  | { type: 'MedCardClosed'; data: { cardId: string; reason: string; at: string } }
  | { type: 'MedCardExpired'; data: { cardId: string; expiresAt: string; at: string } }
  | { type: 'BeneficiaryAdded'; data: { cardId: string; beneficiary: Beneficiary; at: string } }
  | { type: 'BeneficiaryRemoved'; data: { cardId: string; beneficiaryId: string; at: string } }
  // rejectedLines: added with per-line adjudication; approvals recorded before it have none (read as []).
  | { type: 'PrescriptionClaimApproved'; data: { cardId: string; claim: PrescriptionClaim; coverage: 'full' | 'partial'; month: string; remainingBefore: Piasters; lines: AdjudicatedLine[]; rejectedLines?: LineRejection[]; total: ClaimAmounts; overridesUsed: UsedOverride[]; terms: TierTerms; at: string } }
  | { type: 'PrescriptionClaimRejected'; data: { cardId: string; claim: PrescriptionClaim; code: PrescriptionRejectionCode; details: Record<string, unknown>; at: string } }
  /**
   * An approved claim taken back (see decide-reversal.ts): `month`'s benefit is given back; `walletCopayRefunded`
   * is credited to the wallet by a WalletCredited (reference `copay-refund:…`) appended in the same transaction.
   * `reason` is a ClaimReversalReason code; `note` is free text (required for OTHER).
   */
  | { type: 'PrescriptionClaimReversed'; data: { cardId: string; prescriptionId: string; pharmacyId: string; beneficiaryId: string; month: string; benefit: Piasters; copay: Piasters; walletCopayRefunded: Piasters; reason: string; note?: string; reversedBy: ClaimReversedBy; at: string } }
  | { type: 'RefillOverrideGranted'; data: { cardId: string; overrideId: string; drugCode: string; reason: string; grantedBy: string; expiresAt: string; at: string } }
  | { type: 'InsuranceClaimFiled'; data: { cardId: string; claimId: string; amount: Piasters; documents: InsuranceDocument[]; prescriptionId: string | null; pharmacyId?: string | null; filedBy: InsuranceFiler; at: string } }
  | { type: 'InsuranceClaimApproved'; data: { cardId: string; claimId: string; claimedAmount: Piasters; approvedAmount: Piasters; reviewedBy: string; at: string } }
  | { type: 'InsuranceClaimRejected'; data: { cardId: string; claimId: string; reason: InsuranceRejectionReason; note: string; reviewedBy: string; at: string } }
  | { type: 'InsuranceClaimReturned'; data: { cardId: string; claimId: string; note: string; reviewedBy: string; at: string } }
  | { type: 'InsuranceClaimResubmitted'; data: { cardId: string; claimId: string; amount: Piasters; documents: InsuranceDocument[]; revision: number; resubmittedBy: string; at: string } }
  | { type: 'TierChanged'; data: { cardId: string; direction: 'upgrade' | 'downgrade'; from: TierTerms; to: TierTerms; at: string } }
  | { type: 'MonthlyLimitChanged'; data: { cardId: string; from: Piasters; to: Piasters; at: string } }
  | { type: 'CopaymentChanged'; data: { cardId: string; from: number; to: number; at: string } };

export type MedCardEventType = MedCardEvent['type'];
export const medCardEventTypes: readonly MedCardEventType[] = [
  'MedCardIssued', 'MedCardActivated', 'MedCardSuspended', 'MedCardReactivated', 'MedCardClosed', 'MedCardExpired',
  'BeneficiaryAdded', 'BeneficiaryRemoved', 'PrescriptionClaimApproved', 'PrescriptionClaimRejected', 'PrescriptionClaimReversed',
  'RefillOverrideGranted', 'InsuranceClaimFiled', 'InsuranceClaimApproved', 'InsuranceClaimRejected',
  'InsuranceClaimReturned', 'InsuranceClaimResubmitted', 'TierChanged', 'MonthlyLimitChanged', 'CopaymentChanged',
];
