'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, formatDateTime, Money, TableCard, type TableColumn } from '@healthpay/ui';
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
  const columns: TableColumn<Refund>[] = [
    { label: t('requested'), className: 'whitespace-nowrap text-slate-600', cell: (r) => <time dateTime={new Date(r.requestedAt).toISOString()}>{formatDateTime(r.requestedAt, locale)}</time> },
    { label: t('kind'), cell: (r) => labels.kind(r.kind) },
    { label: t('amount'), align: 'end', cell: (r) => <Money piasters={r.amount} locale={locale} /> },
    {
      label: t('status'),
      cell: (r) => (
        <>
          <Badge tone={statusTone[r.status]}>{labels.refundStatus(r.status)}</Badge>
          {r.failureReason ? <bdi dir="auto" className="block text-xs text-red-800">{r.failureReason}</bdi> : null}
        </>
      ),
    },
    {
      label: t('reason'),
      className: 'break-words',
      cell: (r) => (
        <>
          <bdi dir="auto">{r.reason}</bdi>
          {r.providerTransactionId ? <span className="block font-mono text-xs text-slate-500">{t('txn')} <bdi>{r.providerTransactionId}</bdi></span> : null}
        </>
      ),
    },
  ];
  return <TableCard title={t('title')} id="refunds-heading" columns={columns} rows={refunds} rowKey={(r) => r.refundId} empty={t('empty')} />;
}
