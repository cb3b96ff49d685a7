'use client';

import type { RouterOutputs } from '@healthpay/api';
import { cn, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePageLocale } from '@/i18n/error-text';
import { DataTable } from '../data-table';
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
  const columns = [
    { key: 'payment', label: t('payment') },
    { key: 'ours', label: t('ours') },
    { key: 'theirs', label: t('theirs') },
    { key: 'result', label: t('result') },
  ];
  return (
    <DataTable caption={caption} columns={columns}>
      {lines.map((l) => (
        <tr key={`${l.paymentId}-${l.providerReference ?? ''}`} className={cn(!l.match && 'bg-red-50')}>
          <th scope="row" className="px-3 py-3 text-start font-normal">
            <Link href={`/payments/${l.paymentId}`} className="font-mono text-xs text-teal-800 hover:underline">
              {l.paymentId}
            </Link>
            <bdi className="block font-mono text-xs text-slate-500">{l.providerReference ?? '—'}</bdi>
          </th>
          <td className="px-3 py-3">
            <SideCell side={l.ours} />
          </td>
          <td className="px-3 py-3">
            <SideCell side={l.theirs} />
          </td>
          <td className={cn('px-3 py-3 font-medium', l.match ? 'text-emerald-800' : 'text-red-800')}>
            {l.match ? t('match') : t(`problem.${problemKind(l.problem)}`)}
          </td>
        </tr>
      ))}
    </DataTable>
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
