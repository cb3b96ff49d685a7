'use client';

import { Button, Card, formatMoney } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { usePageLocale } from '@/i18n/error-text';
import type { Payment, Refund } from './refund-rules';

/** The last step before money moves: what, to whom, why. */
export function RefundConfirm({ payment, refund, pending, onConfirm, onBack }: {
  payment: Payment;
  refund: Refund;
  pending: boolean;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const t = useTranslations('payments.refund');
  const locale = usePageLocale();
  return (
    <Card aria-labelledby="refund-confirm-heading">
      <h2 id="refund-confirm-heading" className="mb-3 text-base font-semibold">
        {t(`confirmTitle.${refund.kind}`)}
      </h2>
      <p className="text-sm">
        {t.rich(`confirmText.${refund.kind}.${payment.provider}`, { amount: formatMoney(refund.amount, locale), strong: (c) => <strong>{c}</strong> })}
      </p>
      <p className="mt-2 break-words text-sm text-slate-600">{t('confirmReason', { reason: refund.reason })}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button variant="danger" loading={pending} onClick={onConfirm}>
          {t(`confirmTitle.${refund.kind}`)}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={onBack}>
          {t('back')}
        </Button>
      </div>
    </Card>
  );
}
