import { isCardNumber, normalizeCardNumber } from '@healthpay/db';
import { medCardTiers, relationships } from '@healthpay/domain';
import { z } from 'zod';
import { money, monthlyLimitAmount, positiveMoney } from '../../schemas/money';

/**
 * A card number as people type it (`HP-1234567890`, `1234 5678 90`, Arabic-Indic digits), normalised to
 * `HP-##########`; a wrong check digit is a typo, refused before any lookup.
 */
export const cardId = z
  .string()
  .max(40)
  .transform((v, ctx) => {
    const n = normalizeCardNumber(v);
    if (!n) ctx.addIssue({ code: 'custom', message: 'A card number is HP- followed by 10 digits' });
    else if (!isCardNumber(n)) ctx.addIssue({ code: 'custom', message: 'This card number has a typo (its check digit does not match)' });
    return n ?? '';
  })
  .meta({ description: 'Card number, HP- and 10 digits (the last a check digit)', examples: ['HP-1000000172'] });

export const tier = z.enum(medCardTiers);
export const cardStatus = z.enum(['pending', 'active', 'suspended', 'closed', 'expired']);
export const relationship = z.enum(relationships);
export const copaymentPercent = z.int().min(0).max(100);
export const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());
export const calendarDate = z.iso.date();
export const userId = z.string().trim().min(1).max(100);
export const entityId = z.string().trim().min(1).max(100);
export const reason = z.string().trim().min(3).max(500);
export { money, monthlyLimitAmount, positiveMoney };

export const insurancePolicy = z.object({
  provider: z.string().trim().min(1).max(200),
  policyNumber: z.string().trim().min(1).max(100),
});

/**
 * A covered person as staff and the holder see them (pharmacists get `cardLookupView`): the national ID
 * masked; roles that need it in full call `beneficiaries.revealNationalId` (audited).
 */
export const beneficiaryView = z.object({
  beneficiaryId: z.string(),
  relationship,
  name: z.string(),
  nationalIdMasked: z.string().meta({ description: 'National ID with its serial hidden', examples: ['2990101*****23'] }),
  dateOfBirth: z.string(),
  gender: z.enum(['male', 'female']),
  mobile: z.string().nullable(),
});

const cardCore = {
  cardId: z.string(),
  status: cardStatus,
  tier,
  monthlyLimit: money,
  copaymentPercent,
  holder: z.object({ userId: z.string(), name: z.string(), beneficiaryId: z.string() }),
  insurance: insurancePolicy.nullable(),
  expiresAt: z.string(),
  version: z.int(),
  /** The current Africa/Cairo month, what `benefitUsed` and `remainingBenefit` are about. */
  month: z.string(),
  benefitUsed: money,
  remainingBenefit: money,
};

/** A card as commands return it (computed from the new state, not read back). */
export const cardSnapshot = z.object({ ...cardCore, beneficiaries: z.array(beneficiaryView) });
export type CardSnapshot = z.infer<typeof cardSnapshot>;

/** A card as queries return it (from the read model). */
export const cardView = z.object({
  ...cardCore,
  statusReason: z.string().nullable(),
  holderPhone: z.string().nullable(),
  issuedAt: z.string(),
  updatedAt: z.string(),
});
export type CardView = z.infer<typeof cardView>;

export const cardDetail = cardView.extend({ beneficiaries: z.array(beneficiaryView) });

export const cardPage = z.object({ items: z.array(cardView), nextCursor: z.string().nullable() });
