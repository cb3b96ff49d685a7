import type { Piasters } from '../shared/money';
import type { ExistingPayment } from './state';

/** Piasters refunded or on their way back (failed refunds gave the money back to the wallet). */
export const refundedOrPending = (p: Pick<ExistingPayment, 'refunds'>): Piasters =>
  p.refunds.filter((r) => r.status !== 'failed').reduce((sum, r) => sum + r.amount, 0);

/** What can still be refunded: what reached the wallet less what is refunded or being refunded. */
export const refundable = (p: Pick<ExistingPayment, 'refunds' | 'credited'>): Piasters => p.credited - refundedOrPending(p);
