import { cairoMonth, remainingBenefit, type Beneficiary, type MedCardState } from '@healthpay/domain';
import { maskNationalId, type MedCardRow } from '@healthpay/db';
import type { Loaded } from '../../commands/aggregate-cache';
import { AppError } from '../../errors/app-error';
import type { CardSnapshot, CardView } from './medcard.schemas';

/** The card after a command, from its state: what the caller sees at once, before any projection. */
export function cardSnapshotOf(loaded: Loaded<MedCardState> | undefined, nowIso: string): CardSnapshot {
  const s = loaded?.state;
  if (!loaded || !s || s.status === 'none') throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
  const month = cairoMonth(nowIso);
  const remaining = remainingBenefit(s, nowIso);
  return {
    cardId: s.cardId,
    status: s.status,
    tier: s.tier,
    monthlyLimit: s.monthlyLimit,
    copaymentPercent: s.copaymentPercent,
    holder: s.holder,
    insurance: s.insurance,
    expiresAt: s.expiresAt,
    version: loaded.version,
    month,
    benefitUsed: Object.hasOwn(s.benefitByMonth, month) ? (s.benefitByMonth[month] ?? 0) : 0,
    remainingBenefit: remaining,
    // The holder first, then members in the order they were added.
    beneficiaries: Object.values(s.beneficiaries)
      .sort((a, b) => Number(b.relationship === 'self') - Number(a.relationship === 'self'))
      .map(maskedMember),
  };
}

/** A read-model row (read with `month`'s spend, the current Cairo month) in the API's shape. */
export function cardViewOf(row: MedCardRow, month: string): CardView {
  return {
    cardId: row.cardId,
    status: row.status,
    tier: row.tier,
    monthlyLimit: row.monthlyLimit,
    copaymentPercent: row.copaymentPercent,
    holder: { userId: row.holderUserId, name: row.holderName, beneficiaryId: row.holderBeneficiaryId },
    insurance: row.insuranceProvider && row.insurancePolicyNumber ? { provider: row.insuranceProvider, policyNumber: row.insurancePolicyNumber } : null,
    expiresAt: row.expiresAt,
    version: row.version,
    month,
    benefitUsed: row.benefitUsed,
    remainingBenefit: Math.max(0, row.monthlyLimit - row.benefitUsed),
    statusReason: row.statusReason,
    holderPhone: row.holderPhone,
    issuedAt: row.issuedAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * A member from the command's state, national ID masked: what a command returns is also stored with its
 * Idempotency-Key, so the clear value must not be in it (the full value: `beneficiaries.revealNationalId`).
 */
const maskedMember = ({ beneficiaryId, relationship, name, nationalId, dateOfBirth, gender, mobile }: Beneficiary) =>
  ({ beneficiaryId, relationship, name, nationalIdMasked: maskNationalId(nationalId), dateOfBirth, gender, mobile });
