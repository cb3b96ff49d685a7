import type { MedCardState } from '@healthpay/domain';
import { AppError } from '../../errors/app-error';
import type { InsuranceClaimSnapshot } from './insurance.schemas';

/** The insurance claim after a command, from the card's state. */
export function insuranceSnapshotOf(state: MedCardState, claimId: string): InsuranceClaimSnapshot {
  if (state.status === 'none' || !Object.hasOwn(state.insuranceClaims, claimId)) {
    throw new AppError('INSURANCE_CLAIM_NOT_FOUND', 'Insurance claim not found');
  }
  const claim = state.insuranceClaims[claimId];
  if (!claim) throw new AppError('INSURANCE_CLAIM_NOT_FOUND', 'Insurance claim not found');
  return { cardId: state.cardId, ...claim };
}
