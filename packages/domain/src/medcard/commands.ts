import type { CommandMeta } from '../shared/command';
import type { Piasters } from '../shared/money';
import type { BeneficiaryInput } from './beneficiary';
import type { PrescriptionClaimInput } from './claim';
import type { InsuranceDocument, InsuranceFilerRole, InsurancePolicy, InsuranceRejectionReason } from './insurance';
import type { ClaimReversedBy } from './reversal';
import type { MedCardTier } from './tiers';

/** The primary holder at issue: becomes the card's one `self` beneficiary. */
export type HolderInput = Omit<BeneficiaryInput, 'relationship'> & { userId: string };

/** MedCard commands (imperative). Each carries `meta` with the instant and the actor. */
export type MedCardCommand =
  | { type: 'IssueMedCard'; data: { cardId: string; tier: MedCardTier; holder: HolderInput; monthlyLimit?: Piasters; copaymentPercent?: number; insurance?: InsurancePolicy; expiresAt: string }; meta: CommandMeta }
  | { type: 'ActivateMedCard'; data: { cardId: string }; meta: CommandMeta }
  | { type: 'SuspendMedCard'; data: { cardId: string; reason: string }; meta: CommandMeta }
  | { type: 'ReactivateMedCard'; data: { cardId: string }; meta: CommandMeta }
  | { type: 'CloseMedCard'; data: { cardId: string; reason: string }; meta: CommandMeta }
  | { type: 'ExpireMedCard'; data: { cardId: string }; meta: CommandMeta }
  | { type: 'AddBeneficiary'; data: { cardId: string; beneficiary: BeneficiaryInput }; meta: CommandMeta }
  | { type: 'RemoveBeneficiary'; data: { cardId: string; beneficiaryId: string }; meta: CommandMeta }
  | { type: 'SubmitPrescriptionClaim'; data: { cardId: string; claim: PrescriptionClaimInput }; meta: CommandMeta }
  /**
   * `walletCopay`: the copay captured from the wallet for this claim (read by the caller from the copay
   * collections), to be credited back; null when it was paid cash or not collected.
   */
  | { type: 'ReversePrescriptionClaim'; data: { cardId: string; pharmacyId: string; prescriptionId: string; reason: string; note?: string; by: ClaimReversedBy; walletCopay: { walletId: string; amount: Piasters } | null }; meta: CommandMeta }
  | { type: 'GrantRefillOverride'; data: { cardId: string; overrideId: string; drugCode: string; reason: string; expiresAt: string }; meta: CommandMeta }
  | { type: 'FileInsuranceClaim'; data: { cardId: string; claimId: string; amount: Piasters; documents: InsuranceDocument[]; prescriptionId?: string; pharmacyId?: string; filerRole: InsuranceFilerRole }; meta: CommandMeta }
  | { type: 'ApproveInsuranceClaim'; data: { cardId: string; claimId: string; approvedAmount: Piasters }; meta: CommandMeta }
  | { type: 'RejectInsuranceClaim'; data: { cardId: string; claimId: string; reason: InsuranceRejectionReason; note?: string }; meta: CommandMeta }
  | { type: 'ReturnInsuranceClaim'; data: { cardId: string; claimId: string; note: string }; meta: CommandMeta }
  | { type: 'ResubmitInsuranceClaim'; data: { cardId: string; claimId: string; amount?: Piasters; documents?: InsuranceDocument[] }; meta: CommandMeta }
  | { type: 'ChangeTier'; data: { cardId: string; tier: MedCardTier; monthlyLimit?: Piasters; copaymentPercent?: number }; meta: CommandMeta }
  | { type: 'ChangeMonthlyLimit'; data: { cardId: string; monthlyLimit: Piasters }; meta: CommandMeta }
  | { type: 'ChangeCopayment'; data: { cardId: string; copaymentPercent: number }; meta: CommandMeta };

export type MedCardCommandType = MedCardCommand['type'];
