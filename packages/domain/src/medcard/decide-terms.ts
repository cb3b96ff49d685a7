import { DomainError } from '../shared/errors';
import type { MedCardEvent } from './events';
import { requireOpenCard } from './guards';
import type { MedCardState } from './state';
import { requireValidCopayment, requireValidMonthlyLimit, resolveTerms } from './terms';
import { tierDirection } from './tiers';
import type { MedCardCommandOf } from './types';

/**
 * Term changes apply from the next claim on: approved claims carry the amounts they were adjudicated with,
 * so nothing is re-priced. A limit lowered mid-month below what was already paid leaves 0 for that month.
 */
export const changeTier = (command: MedCardCommandOf<'ChangeTier'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  // The new tier's defaults, unless the command overrides them; the card's old overrides do not carry over.
  const to = resolveTerms(command.data.tier, command.data);
  // Within a tier, terms move with ChangeMonthlyLimit / ChangeCopayment; a "change" to the same tier has no direction.
  if (to.tier === card.tier) throw new DomainError('TIER_UNCHANGED', `The card is already ${card.tier}`, { tier: card.tier });
  const from = { tier: card.tier, monthlyLimit: card.monthlyLimit, copaymentPercent: card.copaymentPercent };
  return [{ type: 'TierChanged', data: { cardId: card.cardId, direction: tierDirection(from.tier, to.tier), from, to, at: command.meta.now } }];
};

/** Setting the value the card already has records nothing, so a retried command is harmless. */
export const changeMonthlyLimit = (command: MedCardCommandOf<'ChangeMonthlyLimit'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  const { monthlyLimit } = command.data;
  requireValidMonthlyLimit(monthlyLimit);
  if (monthlyLimit === card.monthlyLimit) return [];
  return [{ type: 'MonthlyLimitChanged', data: { cardId: card.cardId, from: card.monthlyLimit, to: monthlyLimit, at: command.meta.now } }];
};

export const changeCopayment = (command: MedCardCommandOf<'ChangeCopayment'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  const { copaymentPercent } = command.data;
  requireValidCopayment(copaymentPercent);
  if (copaymentPercent === card.copaymentPercent) return [];
  return [{ type: 'CopaymentChanged', data: { cardId: card.cardId, from: card.copaymentPercent, to: copaymentPercent, at: command.meta.now } }];
};
