import type { Beneficiary } from '../medcard/beneficiary';
import type { MedCardEvent } from '../medcard/events';
import { medCardDecider } from '../medcard/decider';
import { givenFor } from './decider-given';
import { CARD_ID, EXPIRES_AT, HOLDER, HOLDER_USER_ID, T0 } from './medcard-fixtures';

type Ev<T extends MedCardEvent['type']> = Extract<MedCardEvent, { type: T }>;
const cardId = CARD_ID;

/** given/when/then, state folding and command replay for the MedCard decider. */
export const { given, stateFrom, run } = givenFor(medCardDecider);

/** The holder's `self` entry as IssueMedCard records it (normalised mobile, gender from the ID). */
export const SELF: Beneficiary = {
  beneficiaryId: HOLDER.beneficiaryId,
  relationship: 'self',
  name: HOLDER.name,
  nationalId: HOLDER.nationalId,
  dateOfBirth: HOLDER.dateOfBirth,
  gender: 'male',
  mobile: '+201012345678',
};

/** A gold card (5,000 EGP / 20%) with the holder only, unless overridden. */
export const issued = (overrides: Partial<Ev<'MedCardIssued'>['data']> = {}): Ev<'MedCardIssued'> => ({
  type: 'MedCardIssued',
  data: {
    cardId,
    tier: 'gold',
    monthlyLimit: 500_000,
    copaymentPercent: 20,
    holder: { userId: HOLDER_USER_ID, name: HOLDER.name, beneficiaryId: HOLDER.beneficiaryId },
    self: SELF,
    expiresAt: EXPIRES_AT,
    at: T0,
    ...overrides,
  },
});
export const activated = (at = T0): Ev<'MedCardActivated'> => ({ type: 'MedCardActivated', data: { cardId, at } });
export const suspended = (reason = 'fraud review', at = T0): Ev<'MedCardSuspended'> => ({ type: 'MedCardSuspended', data: { cardId, reason, at } });
export const reactivated = (at = T0): Ev<'MedCardReactivated'> => ({ type: 'MedCardReactivated', data: { cardId, at } });
export const closed = (reason = 'holder request', at = T0): Ev<'MedCardClosed'> => ({ type: 'MedCardClosed', data: { cardId, reason, at } });
export const expired = (at = EXPIRES_AT): Ev<'MedCardExpired'> => ({ type: 'MedCardExpired', data: { cardId, expiresAt: EXPIRES_AT, at } });
export const beneficiaryAdded = (beneficiary: Beneficiary, at = T0): Ev<'BeneficiaryAdded'> => ({ type: 'BeneficiaryAdded', data: { cardId, beneficiary, at } });
export const beneficiaryRemoved = (beneficiaryId: string, at = T0): Ev<'BeneficiaryRemoved'> => ({
  type: 'BeneficiaryRemoved',
  data: { cardId, beneficiaryId, at },
});

export const INSURANCE = { provider: 'Misr Insurance', policyNumber: 'POL-778899' };
/** Common histories: a gold card with the holder only, insured when asked. */
export const pendingHistory = (insured = false): MedCardEvent[] => [issued(insured ? { insurance: INSURANCE } : {})];
export const activeHistory = (insured = false): MedCardEvent[] => [...pendingHistory(insured), activated()];
