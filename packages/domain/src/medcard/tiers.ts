import type { Piasters } from '../shared/money';

export const medCardTiers = ['silver', 'gold', 'platinum'] as const;
export type MedCardTier = (typeof medCardTiers)[number];

/** What a prescription claim is adjudicated against. A card starts from its tier's defaults and may override them. */
export interface MedCardTerms {
  monthlyLimit: Piasters; // benefit the card pays per Africa/Cairo calendar month
  copaymentPercent: number; // integer 0–100: the patient's share of each eligible amount
}

export interface TierTerms extends MedCardTerms {
  tier: MedCardTier;
}

/** Default terms per tier (product table). Frozen: a caller must not change the defaults of every card. */
export const MEDCARD_TIER_DEFAULTS: Readonly<Record<MedCardTier, Readonly<MedCardTerms>>> = Object.freeze({
  silver: Object.freeze({ monthlyLimit: 200_000, copaymentPercent: 30 }), // 2,000 EGP
  gold: Object.freeze({ monthlyLimit: 500_000, copaymentPercent: 20 }), // 5,000 EGP
  platinum: Object.freeze({ monthlyLimit: 1_500_000, copaymentPercent: 10 }), // 15,000 EGP
});

export const isMedCardTier = (value: string): value is MedCardTier => (medCardTiers as readonly string[]).includes(value);

/** Tiers are ordered silver < gold < platinum; callers reject an unchanged tier before asking. */
export const tierDirection = (from: MedCardTier, to: MedCardTier): 'upgrade' | 'downgrade' =>
  medCardTiers.indexOf(to) > medCardTiers.indexOf(from) ? 'upgrade' : 'downgrade';
