import { DomainError } from '../shared/errors';
import { isAtOrBefore, isIsoInstant } from '../shared/instant';
import type { MedCardState } from './state';
import type { ExistingMedCardState, MedCardStatus } from './types';

/** A card that was never issued cannot be addressed. */
export const requireCard = (state: MedCardState, cardId: string): ExistingMedCardState => {
  if (state.status === 'none') throw new DomainError('CARD_NOT_FOUND', `MedCard ${cardId} not found`, { cardId });
  return state;
};

/** Closed and expired are terminal: only the review of insurance claims already filed goes on. */
export const requireOpenCard = (state: MedCardState, cardId: string): ExistingMedCardState => {
  const card = requireCard(state, cardId);
  if (card.status === 'closed') throw new DomainError('CARD_CLOSED', `MedCard ${cardId} is closed`, { cardId });
  if (card.status === 'expired') {
    throw new DomainError('CARD_EXPIRED', `MedCard ${cardId} expired at ${card.expiresAt}`, { cardId, expiresAt: card.expiresAt });
  }
  return card;
};

/** Lifecycle commands are only legal from some statuses. */
export const requireTransition = (card: ExistingMedCardState, allowedFrom: readonly MedCardStatus[], commandType: string): void => {
  if (!allowedFrom.includes(card.status)) {
    throw new DomainError('INVALID_STATE_TRANSITION', `${commandType} is not allowed on a ${card.status} card`, {
      from: card.status,
      command: commandType,
    });
  }
};

/** The expiry instant counts before ExpireMedCard records it: a card cannot be used or revived past it. */
export const requireNotPastExpiry = (card: ExistingMedCardState, now: string): void => {
  if (isAtOrBefore(card.expiresAt, now)) {
    throw new DomainError('CARD_EXPIRED', `MedCard ${card.cardId} expired at ${card.expiresAt}`, {
      cardId: card.cardId,
      expiresAt: card.expiresAt,
    });
  }
};

/** Operator actions must be explainable to the patient and to audit. Returns the trimmed text. */
export const requireReason = (reason: string | undefined, what: string): string => {
  const trimmed = (reason ?? '').trim();
  if (trimmed === '') throw new DomainError('REASON_REQUIRED', `A ${what} is required`);
  return trimmed;
};

/** Card and override expiries must be real instants in the future of the command. */
export const requireFutureInstant = (expiresAt: string, now: string): void => {
  if (!isIsoInstant(expiresAt) || isAtOrBefore(expiresAt, now)) {
    throw new DomainError('INVALID_EXPIRY', 'Expiry must be an ISO instant after now', { expiresAt, now });
  }
};

/** Required free text (names, ids) must not be blank. */
export const isBlank = (value: string | undefined): boolean => (value ?? '').trim() === '';
