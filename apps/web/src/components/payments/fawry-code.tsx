'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, formatDateTime, formatMoney, groupReference, toast } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { CancelPayment } from './cancel-payment';

type Payment = RouterOutputs['payments']['get'];

/** An unpaid Fawry code: large and copyable, with its amount, expiry (Cairo time) and how to pay it. */
export function FawryCode({ payment, reference }: { payment: Payment; reference: string }) {
  const t = useTranslations('payment');
  const locale = useLocale();
  const copy = () =>
    navigator.clipboard.writeText(reference).then(
      () => toast.success(t('copied')),
      () => toast.error(reference),
    );
  return (
    <section aria-labelledby="fawry-heading" className="space-y-4 rounded-2xl border border-amber-200 bg-amber-50 p-4 sm:p-6">
      <h2 id="fawry-heading" className="text-base font-semibold text-amber-950">
        {t('fawryTitle')}
      </h2>
      <div className="rounded-xl bg-white p-4 text-center shadow-sm">
        <p id="fawry-code-label" className="text-sm text-slate-600">
          {t('fawryCode')}
        </p>
        <p
          aria-labelledby="fawry-code-label"
          dir="ltr"
          className="mt-1 select-all font-mono text-4xl font-bold tracking-wider text-slate-900 tabular-nums sm:text-5xl"
          data-reference={reference}
        >
          {groupReference(reference)}
        </p>
        <Button variant="secondary" size="sm" className="mt-3" onClick={() => void copy()}>
          {t('copy')}
        </Button>
      </div>
      <p className="text-sm font-medium text-amber-950">
        {t('payBefore', { date: formatDateTime(payment.expiresAt, locale) })}
      </p>
      <div>
        <h3 className="text-sm font-semibold text-amber-950">{t('howTitle')}</h3>
        <ol className="mt-2 list-decimal space-y-1 ps-5 text-sm text-amber-950">
          <li>{t('howOutlet')}</li>
          <li>{t('howCashier')}</li>
          <li>{t('howAmount', { amount: formatMoney(payment.amount, locale) })}</li>
        </ol>
        <p className="mt-3 text-sm text-amber-900">{t('smsSent')}</p>
      </div>
      <CancelPayment paymentId={payment.paymentId} />
    </section>
  );
}
