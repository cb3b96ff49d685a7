import { beneficiaryProjection } from './beneficiary-projection';
import { claimProjection } from './claim-projection';
import { insuranceClaimProjection } from './insurance-claim-projection';
import { medCardProjection } from './medcard-projection';
import { monthlySpendProjection } from './monthly-spend-projection';

export * from './card-queries';
export * from './claim-queries';
export * from './insurance-queries';
export * from './pharmacy-insurance-queries';
export * from './analytics-queries';
export { decodeCursor, encodeCursor, type KeysetCursor } from './cursor';
export { cardNumberOf, cardNumberFromUuid, isCardNumber, normalizeCardNumber, CARD_NUMBER } from './card-number';
export { evolveMedCardDoc, medCardProjection, type MedCardDoc } from './medcard-projection';
export { evolveBeneficiaryDoc, beneficiaryProjection, type BeneficiaryDoc } from './beneficiary-projection';
export { evolveClaimDoc, type ClaimLineDoc, type PrescriptionClaimDoc, type PrescriptionClaimStatus } from './claim-doc';
export { claimProjection } from './claim-projection';
export { claimAnswerOf, checkedClaimAnswer, type CheckedClaimAnswer, type ClaimAnswer, type ClaimLineAnswer } from './claim-answer';
export { claimDocsByCopy, saveClaimDocsByCopy } from './claim-copy';
export { copayCapturedSql, copayHoldsOf, isCapturedCopayHold, markAllCopaysFromWallet, markStoredCopays, type CapturedCopayHold } from './copay-source';
export { evolveInsuranceClaimDoc, insuranceClaimProjection, type InsuranceClaimDoc } from './insurance-claim-projection';
export { evolveMonthlySpendDoc, monthlySpendProjection, type MonthlySpendDoc } from './monthly-spend-projection';

export const medcardReadModels = [
  medCardProjection, beneficiaryProjection, claimProjection, insuranceClaimProjection, monthlySpendProjection,
] as const;
export const medcardReadModelTables = [
  'medcards', 'medcard_beneficiaries', 'prescription_claims', 'prescription_items', 'insurance_claims', 'medcard_monthly_spend',
] as const;
