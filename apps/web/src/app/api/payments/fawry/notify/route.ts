import { paymentCallbackHandlers } from '@healthpay/api/payments';

/** Provider endpoint (docs/payments.md): signature checked before anything is recorded. */
export const POST = paymentCallbackHandlers().fawryNotify;
export const dynamic = 'force-dynamic';
