'use client';

import type { RouterOutputs } from '@healthpay/api';
import { formatDateTime, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePageLocale } from '@/i18n/error-text';
import { DataTable } from '../data-table';
import { PaymentFlags, PaymentStatusBadge } from './payment-status-badge';
import { usePaymentLabels } from './payment-text';

type Row = RouterOutputs['payments']['list']['items'][number];

/** Top-ups, newest first; the patient links to the payment. */
export function PaymentsTable({ rows }: { rows: Row[] }) {
  const t = useTranslations('payments.list');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  const columns = [
    { key: 'patient', label: t('patient') },
    { key: 'provider', label: t('providerReference') },
    { key: 'status', label: t('status') },
    { key: 'amount', label: t('amount'), align: 'end' },
    { key: 'refunded', label: t('refunded'), align: 'end' },
    { key: 'requested', label: t('requested') },
  ] as const;
  return (
    <DataTable caption={t('caption')} columns={columns}>
      {rows.map((p) => (
        <tr key={p.paymentId} className="hover:bg-slate-50">
          <th scope="row" className="px-3 py-3 text-start font-medium">
            <Link href={`/payments/${p.paymentId}`} dir="auto" className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
              {p.ownerName ?? p.ownerId}
            </Link>
            <bdi className="block text-xs font-normal tabular-nums text-slate-500">{p.ownerPhone ?? ''}</bdi>
            <span className="block font-mono text-xs font-normal text-slate-500">{p.paymentId}</span>
          </th>
          <td className="px-3 py-3">
            {labels.provider(p.provider)}
            <bdi className="block font-mono text-xs text-slate-500">{p.providerReference ?? '—'}</bdi>
          </td>
          <td className="px-3 py-3">
            <span className="flex flex-wrap gap-1">
              <PaymentStatusBadge status={p.status} />
              <PaymentFlags flags={p.flags} />
            </span>
          </td>
          <td className="px-3 py-3 text-end">
            <Money piasters={p.amount} locale={locale} />
          </td>
          <td className="px-3 py-3 text-end">
            <Money piasters={p.refunded} locale={locale} />
          </td>
          <td className="whitespace-nowrap px-3 py-3 text-slate-600">
            <time dateTime={new Date(p.requestedAt).toISOString()}>{formatDateTime(p.requestedAt, locale)}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
