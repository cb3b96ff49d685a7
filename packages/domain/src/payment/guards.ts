import { isAtOrBefore } from '../shared/instant';
import { DomainError } from '../shared/errors';
import type { PaymentState, ExistingPaymentState } from './state';
import type { PaymentStatus } from './types';

export const requirePayment = (state: PaymentState, paymentId: string): ExistingPaymentState => {
  if (state.status === 'none') throw new DomainError('PAYMENT_NOT_FOUND', `Payment ${paymentId} not found`, { paymentId });
  return state;
};

/** Still waiting for the patient to pay (nothing final has happened). */
export const isOpen = (status: PaymentStatus): boolean => status === 'requested' || status === 'pending';

export const requireNotBefore = (now: string, instant: string, what: string): void => {
  if (!isAtOrBefore(instant, now)) throw new DomainError('PAYMENT_NOT_EXPIRED', `${what} is not due before ${instant}`, { expiresAt: instant });
};
