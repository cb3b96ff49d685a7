import { staffMay } from '@healthpay/api';
import { PaymentDetail } from '@/components/payments/payment-detail';
import { pageTitle } from '@/i18n/page-title';
import { requireStaff } from '@/server/session';

export const generateMetadata = pageTitle('payments', 'detail.card');

export default async function PaymentPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const me = await requireStaff();
  // Only finance and superadmin see refund and review actions; the API enforces the same rule.
  const canMoveMoney = (staffMay.moveMoney as readonly string[]).includes(me.role);
  return <PaymentDetail paymentId={paymentId} canMoveMoney={canMoveMoney} />;
}
