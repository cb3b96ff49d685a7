'use client';

import type { RouterOutputs } from '@healthpay/api';
import { DataTable, formatDateTime, Money, type DataColumn } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePageLocale } from '@/i18n/error-text';
import { PaymentFlags, PaymentStatusBadge } from './payment-status-badge';
import { usePaymentLabels } from './payment-text';

type Row = RouterOutputs['payments']['list']['items'][number];

/** Top-ups, newest first; the patient links to the payment. */
export function PaymentsTable({ rows }: { rows: Row[] }) {
  const t = useTranslations('payments.list');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  const columns: DataColumn<Row>[] = [
    {
      label: t('patient'),
      cell: (p) => (
        <>
          <Link href={`/payments/${p.paymentId}`} dir="auto" className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
            {p.ownerName ?? p.ownerId}
          </Link>
          <bdi className="block text-xs font-normal tabular-nums text-slate-500">{p.ownerPhone ?? ''}</bdi>
          <span className="block font-mono text-xs font-normal text-slate-500">{p.paymentId}</span>
        </>
      ),
    },
    {
      label: t('providerReference'),
      cell: (p) => (
        <>
          {labels.provider(p.provider)}
          <bdi className="block font-mono text-xs text-slate-500">{p.providerReference ?? '—'}</bdi>
        </>
      ),
    },
    {
      label: t('status'),
      cell: (p) => (
        <span className="flex flex-wrap gap-1">
          <PaymentStatusBadge status={p.status} />
          <PaymentFlags flags={p.flags} />
        </span>
      ),
    },
    { label: t('amount'), align: 'end', cell: (p) => <Money piasters={p.amount} locale={locale} /> },
    { label: t('refunded'), align: 'end', cell: (p) => <Money piasters={p.refunded} locale={locale} /> },
    {
      label: t('requested'),
      className: 'whitespace-nowrap text-slate-600',
      cell: (p) => <time dateTime={new Date(p.requestedAt).toISOString()}>{formatDateTime(p.requestedAt, locale)}</time>,
    },
  ];
  return <DataTable caption={t('caption')} columns={columns} rows={rows} rowKey={(p) => p.paymentId} minWidth="52rem" />;
}
