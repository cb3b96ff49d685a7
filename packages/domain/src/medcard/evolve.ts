import { PersistentMap } from '../shared/persistent-map';
import type { MedCardEvent } from './events';
import { applyApproval, applyInsurance, applyRejection, applyReversal } from './evolve-claims';
import { without } from './records';
import type { MedCardState } from './state';
import type { ExistingMedCardState } from './types';

type Ev<T extends MedCardEvent['type']> = Extract<MedCardEvent, { type: T }>['data'];

const issued = (data: Ev<'MedCardIssued'>): MedCardState => {
  const { cardId, tier, monthlyLimit, copaymentPercent, holder, self, insurance, expiresAt } = data;
  return {
    status: 'pending',
    cardId,
    tier,
    monthlyLimit,
    copaymentPercent,
    holder,
    beneficiaries: { [self.beneficiaryId]: self },
    insurance: insurance ?? null,
    expiresAt,
    benefitByMonth: {},
    prescriptionClaims: PersistentMap.of(),
    dispensing: PersistentMap.of(),
    refillOverrides: {},
    insuranceClaims: {},
  };
};

/**
 * Applies a fact to the state. Events are already accepted history, so evolve never rejects: an event that
 * cannot apply (e.g. anything before MedCardIssued) leaves the state unchanged. Never mutates.
 */
export const evolveMedCard = (state: MedCardState, event: MedCardEvent): MedCardState => {
  if (event.type === 'MedCardIssued') return state.status === 'none' ? issued(event.data) : state;
  if (state.status === 'none') return state;
  return evolveExisting(state, event);
};

const evolveExisting = (state: ExistingMedCardState, event: Exclude<MedCardEvent, { type: 'MedCardIssued' }>): MedCardState => {
  switch (event.type) {
    case 'MedCardActivated':
    case 'MedCardReactivated':
      return { ...state, status: 'active' };
    case 'MedCardSuspended':
      return { ...state, status: 'suspended' };
    case 'MedCardClosed':
      return { ...state, status: 'closed' };
    case 'MedCardExpired':
      return { ...state, status: 'expired' };
    case 'BeneficiaryAdded': {
      const { beneficiary } = event.data;
      return { ...state, beneficiaries: { ...state.beneficiaries, [beneficiary.beneficiaryId]: beneficiary } };
    }
    case 'BeneficiaryRemoved':
      return { ...state, beneficiaries: without(state.beneficiaries, event.data.beneficiaryId) };
    case 'TierChanged': {
      const { tier, monthlyLimit, copaymentPercent } = event.data.to;
      return { ...state, tier, monthlyLimit, copaymentPercent };
    }
    case 'MonthlyLimitChanged':
      return { ...state, monthlyLimit: event.data.to };
    case 'CopaymentChanged':
      return { ...state, copaymentPercent: event.data.to };
    case 'RefillOverrideGranted': {
      const { overrideId, drugCode, reason, grantedBy, expiresAt } = event.data;
      return { ...state, refillOverrides: { ...state.refillOverrides, [drugCode]: { overrideId, reason, grantedBy, expiresAt } } };
    }
    case 'PrescriptionClaimApproved':
      return applyApproval(state, event.data);
    case 'PrescriptionClaimRejected':
      return applyRejection(state, event.data);
    case 'PrescriptionClaimReversed':
      return applyReversal(state, event.data);
    case 'InsuranceClaimFiled':
    case 'InsuranceClaimApproved':
    case 'InsuranceClaimRejected':
    case 'InsuranceClaimReturned':
    case 'InsuranceClaimResubmitted':
      return applyInsurance(state, event);
    default: {
      const _never: never = event;
      return _never;
    }
  }
};
