'use client';

import type { RouterOutputs } from '@healthpay/api';
import { cn, DataTable, Money, type DataColumn } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePageLocale } from '@/i18n/error-text';
import { usePaymentLabels } from './payment-text';

type Line = RouterOutputs['payments']['reconciliation']['lines'][number];
type Side = Line['ours'];

/** The API words a mismatch in English ("amount: ours 100, theirs 90"); its kind picks the words shown here. */
const problemKinds = [
  ['unknown to us', 'unknown'],
  ['we credited', 'notReported'],
  ['status:', 'status'],
  ['amount:', 'amount'],
  ['refunded:', 'refunded'],
] as const;
const problemKind = (problem: string | null) => problemKinds.find(([prefix]) => problem?.startsWith(prefix))?.[1] ?? 'other';

/** Line by line: our payment, the provider's report of it, and whether they agree. */
export function ReconciliationTable({ lines, caption }: { lines: Line[]; caption: string }) {
  const t = useTranslations('payments.reconciliation');
  const columns: DataColumn<Line>[] = [
    {
      label: t('payment'),
      cell: (l) => (
        <>
          <Link href={`/payments/${l.paymentId}`} className="font-mono text-xs text-teal-800 hover:underline">
            {l.paymentId}
          </Link>
          <bdi className="block font-mono text-xs text-slate-500">{l.providerReference ?? '—'}</bdi>
        </>
      ),
    },
    { label: t('ours'), cell: (l) => <SideCell side={l.ours} /> },
    { label: t('theirs'), cell: (l) => <SideCell side={l.theirs} /> },
    {
      label: t('result'),
      cell: (l) => <span className={cn('font-medium', l.match ? 'text-emerald-800' : 'text-red-800')}>{l.match ? t('match') : t(`problem.${problemKind(l.problem)}`)}</span>,
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={lines}
      rowKey={(l) => `${l.paymentId}-${l.providerReference ?? ''}`}
      minWidth="52rem"
      hover={false}
      rowClassName={(l) => !l.match && 'bg-red-50'}
    />
  );
}

function SideCell({ side }: { side: Side }) {
  const t = useTranslations('payments.reconciliation');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  if (!side) return <span className="text-slate-500">{t('missing')}</span>;
  return (
    <span>
      <span className="block">{labels.status(side.status)}</span>
      <Money piasters={side.amount} locale={locale} />
      {side.refunded > 0 ? (
        <span className="block text-xs text-slate-500">
          {t('refunded')} <Money piasters={side.refunded} locale={locale} />
        </span>
      ) : null}
    </span>
  );
}
