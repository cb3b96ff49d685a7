'use client';

import { Badge, paymentStatusTone, type PaymentStatus } from '@healthpay/ui';
import { usePaymentLabels } from './payment-text';

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  return <Badge tone={paymentStatusTone(status)}>{usePaymentLabels().status(status)}</Badge>;
}

/** The review flags a payment carries (late, mismatched…), as amber badges. */
export function PaymentFlags({ flags }: { flags: readonly string[] }) {
  const labels = usePaymentLabels();
  return flags.map((f) => (
    <Badge key={f} tone="amber">
      {labels.flag(f)}
    </Badge>
  ));
}
