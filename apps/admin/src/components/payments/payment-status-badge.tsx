import { Badge, paymentStatusTone, type PaymentStatus } from '@healthpay/ui';
import { statusLabel } from './labels';

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return <Badge tone={paymentStatusTone(status)}>{statusLabel[status]}</Badge>;
}
