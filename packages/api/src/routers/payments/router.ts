import { router } from '../../trpc';
import { cancelPayment } from './cancel-payment';
import { getPayment } from './get-payment';
import { listPayments } from './list-payments';
import { myPayments } from './my-payments';
import { paymentDetail } from './payment-detail';
import { providerAvailability } from './provider-availability';
import { providerHealth } from './provider-health';
import { reconciliation } from './reconciliation';
import { refundPayment } from './refund-payment';
import { resolveReview } from './resolve-review';
import { topUp } from './top-up';
import { unmatchedNotifications } from './unmatched';

export const paymentsRouter = router({
  topUp,
  providers: providerAvailability,
  get: getPayment,
  mine: myPayments,
  cancel: cancelPayment,
  list: listPayments,
  detail: paymentDetail,
  refund: refundPayment,
  resolveReview,
  unmatched: unmatchedNotifications,
  reconciliation,
  providerHealth,
});
