import { DomainError } from '../shared/errors';
import { buildBeneficiary, requireRoomFor } from './beneficiary-rules';
import type { MedCardEvent } from './events';
import { requireOpenCard } from './guards';
import { own } from './records';
import type { MedCardState } from './state';
import type { MedCardCommandOf } from './types';

/** Membership can change while the card is pending, active or suspended (rules in beneficiary-rules.ts). */
export const addBeneficiary = (command: MedCardCommandOf<'AddBeneficiary'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  const { now } = command.meta;
  const beneficiary = buildBeneficiary(command.data.beneficiary, now);
  requireRoomFor(card, beneficiary, now);
  return [{ type: 'BeneficiaryAdded', data: { cardId: card.cardId, beneficiary, at: now } }];
};

export const removeBeneficiary = (command: MedCardCommandOf<'RemoveBeneficiary'>, state: MedCardState): MedCardEvent[] => {
  const card = requireOpenCard(state, command.data.cardId);
  const { beneficiaryId } = command.data;
  if (!own(card.beneficiaries, beneficiaryId)) {
    throw new DomainError('BENEFICIARY_NOT_FOUND', `Beneficiary ${beneficiaryId} is not on the card`, { beneficiaryId });
  }
  // The card exists for its holder: removing them would leave a card nobody owns; close it instead.
  if (beneficiaryId === card.holder.beneficiaryId) {
    throw new DomainError('HOLDER_NOT_REMOVABLE', 'The primary holder cannot be removed', { beneficiaryId });
  }
  return [{ type: 'BeneficiaryRemoved', data: { cardId: card.cardId, beneficiaryId, at: command.meta.now } }];
};
