import { staffMay } from '@healthpay/api';
import { PaymentDetail } from '@/components/payments/payment-detail';
import { pageTitle } from '@/i18n/page-title';
import { may } from '@/server/pages-for';
import { staffPage } from '@/server/staff-page';

export const generateMetadata = pageTitle('payments', 'detail.card');

// Only finance and superadmin see refund and review actions; the API enforces the same rule.
export default staffPage('payments', ({ me, params }) => (
  <PaymentDetail paymentId={params.paymentId ?? ''} canMoveMoney={may(me.role, staffMay.moveMoney)} />
));
