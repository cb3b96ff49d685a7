import type { BeneficiaryInput } from '../medcard/beneficiary';
import type { PrescriptionClaimInput } from '../medcard/claim';
import type { MedCardCommand, MedCardCommandType } from '../medcard/commands';
import type { InsuranceDocument, InsuranceRejectionReason } from '../medcard/insurance';
import type { MedCardTier } from '../medcard/tiers';
import type { CommandMeta } from '../shared/command';
import { ACTOR_ID, CARD_ID, DOC, EXPIRES_AT, HOLDER, PHARMACY_ID, T0 } from './medcard-fixtures';

type Cmd<T extends MedCardCommandType> = Extract<MedCardCommand, { type: T }>;
const cardId = CARD_ID;
export const meta = (now = T0, actorId = ACTOR_ID): CommandMeta => ({ now, actorId });

export const issue = (overrides: Partial<Cmd<'IssueMedCard'>['data']> = {}, now = T0): Cmd<'IssueMedCard'> => ({
  type: 'IssueMedCard',
  data: { cardId, tier: 'gold', holder: HOLDER, expiresAt: EXPIRES_AT, ...overrides },
  meta: meta(now),
});
export const activate = (now = T0): Cmd<'ActivateMedCard'> => ({ type: 'ActivateMedCard', data: { cardId }, meta: meta(now) });
export const suspend = (reason = 'fraud review', now = T0): Cmd<'SuspendMedCard'> => ({ type: 'SuspendMedCard', data: { cardId, reason }, meta: meta(now) });
export const reactivate = (now = T0): Cmd<'ReactivateMedCard'> => ({ type: 'ReactivateMedCard', data: { cardId }, meta: meta(now) });
export const close = (reason = 'holder request', now = T0): Cmd<'CloseMedCard'> => ({ type: 'CloseMedCard', data: { cardId, reason }, meta: meta(now) });
export const expire = (now = EXPIRES_AT): Cmd<'ExpireMedCard'> => ({ type: 'ExpireMedCard', data: { cardId }, meta: meta(now) });
export const addBeneficiary = (beneficiary: BeneficiaryInput, now = T0): Cmd<'AddBeneficiary'> => ({
  type: 'AddBeneficiary',
  data: { cardId, beneficiary },
  meta: meta(now),
});
export const removeBeneficiary = (beneficiaryId: string, now = T0): Cmd<'RemoveBeneficiary'> => ({
  type: 'RemoveBeneficiary',
  data: { cardId, beneficiaryId },
  meta: meta(now),
});
export const submit = (claim: PrescriptionClaimInput, now = T0): Cmd<'SubmitPrescriptionClaim'> => ({
  type: 'SubmitPrescriptionClaim',
  data: { cardId, claim },
  meta: meta(now, 'pharmacist-1'),
});
/** Reverses `prescriptionId` of PHARMACY_ID: by staff unless said otherwise, no wallet copay unless given. */
export const reverse = (
  prescriptionId: string,
  extra: { reason?: string; note?: string; by?: 'pharmacist' | 'staff'; walletCopay?: { walletId: string; amount: number }; pharmacyId?: string } = {},
  now = T0,
): Cmd<'ReversePrescriptionClaim'> => ({
  type: 'ReversePrescriptionClaim',
  data: {
    cardId, pharmacyId: extra.pharmacyId ?? PHARMACY_ID, prescriptionId, reason: extra.reason ?? 'PATIENT_LEFT',
    ...(extra.note !== undefined && { note: extra.note }),
    by: { kind: extra.by ?? 'staff', userId: extra.by === 'pharmacist' ? 'pharmacist-1' : ACTOR_ID },
    walletCopay: extra.walletCopay ?? null,
  },
  meta: meta(now, extra.by === 'pharmacist' ? 'pharmacist-1' : ACTOR_ID),
});
export const grantOverride = (drugCode: string, expiresAt = '2026-11-29T08:00:00.000Z', now = T0, overrideId = `ov-${drugCode}`, reason = 'lost medication'): Cmd<'GrantRefillOverride'> => ({
  type: 'GrantRefillOverride',
  data: { cardId, overrideId, drugCode, reason, expiresAt },
  meta: meta(now),
});
export const fileInsurance = (claimId: string, amount: number, extra: { documents?: InsuranceDocument[]; prescriptionId?: string } = {}, now = T0): Cmd<'FileInsuranceClaim'> => ({
  type: 'FileInsuranceClaim',
  data: { cardId, claimId, amount, documents: extra.documents ?? [DOC], filerRole: 'staff', ...(extra.prescriptionId && { prescriptionId: extra.prescriptionId }) },
  meta: meta(now),
});
export const approveInsurance = (claimId: string, approvedAmount: number, now = T0): Cmd<'ApproveInsuranceClaim'> => ({
  type: 'ApproveInsuranceClaim',
  data: { cardId, claimId, approvedAmount },
  meta: meta(now, 'reviewer-1'),
});
export const rejectInsurance = (claimId: string, reason: InsuranceRejectionReason = 'NOT_COVERED', note?: string, now = T0): Cmd<'RejectInsuranceClaim'> => ({
  type: 'RejectInsuranceClaim',
  data: { cardId, claimId, reason, ...(note !== undefined && { note }) },
  meta: meta(now, 'reviewer-1'),
});
export const returnInsurance = (claimId: string, note = 'attach the invoice', now = T0): Cmd<'ReturnInsuranceClaim'> => ({
  type: 'ReturnInsuranceClaim',
  data: { cardId, claimId, note },
  meta: meta(now, 'reviewer-1'),
});
export const resubmitInsurance = (claimId: string, changes: { amount?: number; documents?: InsuranceDocument[] } = {}, now = T0): Cmd<'ResubmitInsuranceClaim'> => ({
  type: 'ResubmitInsuranceClaim',
  data: { cardId, claimId, ...changes },
  meta: meta(now),
});
export const changeTier = (tier: MedCardTier, overrides: { monthlyLimit?: number; copaymentPercent?: number } = {}, now = T0): Cmd<'ChangeTier'> => ({
  type: 'ChangeTier',
  data: { cardId, tier, ...overrides },
  meta: meta(now),
});
export const changeMonthlyLimit = (monthlyLimit: number, now = T0): Cmd<'ChangeMonthlyLimit'> => ({
  type: 'ChangeMonthlyLimit',
  data: { cardId, monthlyLimit },
  meta: meta(now),
});
export const changeCopayment = (copaymentPercent: number, now = T0): Cmd<'ChangeCopayment'> => ({
  type: 'ChangeCopayment',
  data: { cardId, copaymentPercent },
  meta: meta(now),
});
