import { paymentCallbackHandlers } from '@healthpay/api/payments';

/** Provider endpoint (docs/payments.md): signature checked before anything is recorded. */
export const GET = paymentCallbackHandlers().paymobReturn;
export const dynamic = 'force-dynamic';
