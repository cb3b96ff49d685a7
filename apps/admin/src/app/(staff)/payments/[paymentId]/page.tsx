import { staffMay } from '@healthpay/api';
import type { Metadata } from 'next';
import { PaymentDetail } from '@/components/payments/payment-detail';
import { requireStaff } from '@/server/session';

export const metadata: Metadata = { title: 'Payment' };

export default async function PaymentPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const me = await requireStaff();
  // Only finance and superadmin see refund and review actions; the API enforces the same rule.
  const canMoveMoney = (staffMay.moveMoney as readonly string[]).includes(me.role);
  return <PaymentDetail paymentId={paymentId} canMoveMoney={canMoveMoney} />;
}
