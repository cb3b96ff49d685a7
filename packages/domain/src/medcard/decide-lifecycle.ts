import { DomainError } from '../shared/errors';
import { isAtOrBefore } from '../shared/instant';
import { buildBeneficiary } from './beneficiary-rules';
import type { MedCardEvent } from './events';
import { isBlank, requireCard, requireFutureInstant, requireNotPastExpiry, requireOpenCard, requireReason, requireTransition } from './guards';
import type { InsurancePolicy } from './insurance';
import type { MedCardState } from './state';
import { resolveTerms } from './terms';
import type { MedCardCommandOf } from './types';

const requireValidInsurance = (insurance: InsurancePolicy | undefined): InsurancePolicy | undefined => {
  if (insurance === undefined) return undefined;
  if (isBlank(insurance.provider) || isBlank(insurance.policyNumber)) {
    throw new DomainError('INVALID_INSURANCE', 'An insurance needs a provider and a policy number');
  }
  return { provider: insurance.provider.trim(), policyNumber: insurance.policyNumber.trim() };
};

export const issueMedCard = (command: MedCardCommandOf<'IssueMedCard'>, state: MedCardState): MedCardEvent[] => {
  const { cardId, holder, expiresAt } = command.data;
  const { now } = command.meta;
  // Card ids are never reused, so a closed card answers CARD_CLOSED like every other command.
  if (state.status === 'closed') throw new DomainError('CARD_CLOSED', `MedCard ${cardId} is closed`, { cardId });
  if (state.status !== 'none') throw new DomainError('CARD_ALREADY_EXISTS', `MedCard ${cardId} already exists`, { cardId });
  const { tier, monthlyLimit, copaymentPercent } = resolveTerms(command.data.tier, command.data);
  requireFutureInstant(expiresAt, now);
  const insurance = requireValidInsurance(command.data.insurance);
  // The holder is the card's one `self` beneficiary, validated like any other member.
  const { userId, ...person } = holder;
  const self = buildBeneficiary({ ...person, relationship: 'self' }, now);
  const owner = { userId, name: self.name, beneficiaryId: self.beneficiaryId };
  const data = { cardId, tier, monthlyLimit, copaymentPercent, holder: owner, self, ...(insurance && { insurance }), expiresAt, at: now };
  return [{ type: 'MedCardIssued', data }];
};

export const activateMedCard = (command: MedCardCommandOf<'ActivateMedCard'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  requireTransition(card, ['pending'], command.type);
  requireNotPastExpiry(card, command.meta.now);
  return [{ type: 'MedCardActivated', data: { cardId: card.cardId, at: command.meta.now } }];
};

export const suspendMedCard = (command: MedCardCommandOf<'SuspendMedCard'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  requireTransition(card, ['active'], command.type);
  const reason = requireReason(command.data.reason, 'suspension reason');
  return [{ type: 'MedCardSuspended', data: { cardId: card.cardId, reason, at: command.meta.now } }];
};

export const reactivateMedCard = (command: MedCardCommandOf<'ReactivateMedCard'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  requireTransition(card, ['suspended'], command.type);
  // Past its expiry a card is expired, not active again.
  requireNotPastExpiry(card, command.meta.now);
  return [{ type: 'MedCardReactivated', data: { cardId: card.cardId, at: command.meta.now } }];
};

export const closeMedCard = (command: MedCardCommandOf<'CloseMedCard'>, state: MedCardState): MedCardEvent[] => {
  // From pending, active or suspended; insurance claims already filed can still be reviewed afterwards.
  const card = requireOpenCard(state, command.data.cardId);
  return [{ type: 'MedCardClosed', data: { cardId: card.cardId, reason: command.data.reason.trim(), at: command.meta.now } }];
};

export const expireMedCard = (command: MedCardCommandOf<'ExpireMedCard'>, state: MedCardState): MedCardEvent[] => {
  const card = requireCard(state, command.data.cardId);
  if (card.status === 'closed') throw new DomainError('CARD_CLOSED', `MedCard ${card.cardId} is closed`, { cardId: card.cardId });
  requireTransition(card, ['pending', 'active', 'suspended'], command.type);
  const { now } = command.meta;
  if (!isAtOrBefore(card.expiresAt, now)) {
    throw new DomainError('CARD_NOT_EXPIRED', `MedCard ${card.cardId} expires at ${card.expiresAt}`, { cardId: card.cardId, expiresAt: card.expiresAt });
  }
  return [{ type: 'MedCardExpired', data: { cardId: card.cardId, expiresAt: card.expiresAt, at: now } }];
};
