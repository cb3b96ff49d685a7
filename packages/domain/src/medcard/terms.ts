import { DomainError } from '../shared/errors';
import { isPositiveMoney, type Piasters } from '../shared/money';
import { MEDCARD_TIER_DEFAULTS, isMedCardTier, type MedCardTier, type TierTerms } from './tiers';

export const requireTier = (tier: string): MedCardTier => {
  if (!isMedCardTier(tier)) throw new DomainError('INVALID_TIER', `Unknown tier ${tier}`, { tier });
  return tier;
};

export const requireValidMonthlyLimit = (monthlyLimit: Piasters): void => {
  if (!isPositiveMoney(monthlyLimit)) {
    throw new DomainError('INVALID_LIMIT', 'The monthly limit must be a positive whole number of piasters', { monthlyLimit });
  }
};

export const requireValidCopayment = (copaymentPercent: number): void => {
  if (!Number.isInteger(copaymentPercent) || copaymentPercent < 0 || copaymentPercent > 100) {
    throw new DomainError('INVALID_COPAYMENT', 'The copayment must be a whole percentage from 0 to 100', { copaymentPercent });
  }
};

/** A tier's default terms, each replaced by an explicit override when one is given; validated. */
export const resolveTerms = (tier: string, overrides: { monthlyLimit?: Piasters; copaymentPercent?: number }): TierTerms => {
  const valid = requireTier(tier);
  const defaults = MEDCARD_TIER_DEFAULTS[valid];
  const terms = {
    tier: valid,
    monthlyLimit: overrides.monthlyLimit ?? defaults.monthlyLimit,
    copaymentPercent: overrides.copaymentPercent ?? defaults.copaymentPercent,
  };
  requireValidMonthlyLimit(terms.monthlyLimit);
  requireValidCopayment(terms.copaymentPercent);
  return terms;
};
