'use client';

import { Badge, paymentStatusTone, type PaymentStatus } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

/** A top-up's status in the patient's language. */
export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const t = useTranslations('payment.statusLabel');
  return <Badge tone={paymentStatusTone(status)}>{t(status)}</Badge>;
}
