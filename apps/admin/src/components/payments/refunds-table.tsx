'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, formatDateTime, Money, TableCard } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { usePageLocale } from '@/i18n/error-text';
import { usePaymentLabels } from './payment-text';

type Refund = RouterOutputs['payments']['detail']['refunds'][number];

const statusTone = { requested: 'blue', completed: 'green', failed: 'red' } as const;

/** Refunds and voids of this payment, with the provider's answer. */
export function RefundsTable({ refunds }: { refunds: Refund[] }) {
  const t = useTranslations('payments.refunds');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  const columns = [{ label: t('requested') }, { label: t('kind') }, { label: t('amount'), align: 'end' }, { label: t('status') }, { label: t('reason') }] as const;
  return (
    <TableCard title={t('title')} id="refunds-heading" columns={columns} empty={t('empty')} isEmpty={refunds.length === 0}>
      {refunds.map((r) => (
        <tr key={r.refundId}>
          <td className="whitespace-nowrap px-4 py-2.5 text-slate-600 sm:px-6">
            <time dateTime={new Date(r.requestedAt).toISOString()}>{formatDateTime(r.requestedAt, locale)}</time>
          </td>
          <td className="px-4 py-2.5">{labels.kind(r.kind)}</td>
          <td className="px-4 py-2.5 text-end">
            <Money piasters={r.amount} locale={locale} />
          </td>
          <td className="px-4 py-2.5">
            <Badge tone={statusTone[r.status]}>{labels.refundStatus(r.status)}</Badge>
            {r.failureReason ? <bdi dir="auto" className="block text-xs text-red-800">{r.failureReason}</bdi> : null}
          </td>
          <td className="break-words px-4 py-2.5 sm:px-6">
            <bdi dir="auto">{r.reason}</bdi>
            {r.providerTransactionId ? <span className="block font-mono text-xs text-slate-500">{t('txn')} <bdi>{r.providerTransactionId}</bdi></span> : null}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
