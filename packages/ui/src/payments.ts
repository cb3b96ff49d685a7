import type { BadgeTone } from './components/badge';

/** A top-up's status as the API reports it (PaymentView.status). */
export type PaymentStatus = 'requested' | 'pending' | 'succeeded' | 'failed' | 'expired' | 'cancelled' | 'review';

/** Statuses that will not change by themselves (review waits for finance, not for the provider). */
export const isSettledPaymentStatus = (status: string): boolean =>
  ['succeeded', 'failed', 'expired', 'cancelled', 'review'].includes(status);

/** Payment status → badge colour. */
export const paymentStatusTone = (status: string): BadgeTone =>
  status === 'succeeded'
    ? 'green'
    : status === 'pending' || status === 'requested'
      ? 'blue'
      : status === 'review'
        ? 'amber'
        : status === 'failed'
          ? 'red'
          : 'slate';

/** A Fawry reference number in groups of three ("123456789" → "123 456 789"), as cashiers read it out. */
export const groupReference = (code: string): string => code.replace(/\s+/g, '').replace(/(\d{3})(?=\d)/g, '$1 ');
