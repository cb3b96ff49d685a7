import { cairoMonth } from '../shared/cairo-time';
import type { Piasters } from '../shared/money';
import { own } from './records';
import type { ExistingMedCard } from './state';

/** Benefit already paid in the Africa/Cairo calendar month of `now`: the month resets at Cairo midnight. */
export const benefitUsedThisMonth = (card: ExistingMedCard, now: string): Piasters =>
  own(card.benefitByMonth, cairoMonth(now)) ?? 0;

/**
 * What the card can still pay this month. Never negative: a limit lowered below the month's spending
 * leaves nothing for the rest of the month rather than a debt.
 */
export const remainingMonthlyBenefit = (card: ExistingMedCard, now: string): Piasters =>
  Math.max(0, card.monthlyLimit - benefitUsedThisMonth(card, now));
