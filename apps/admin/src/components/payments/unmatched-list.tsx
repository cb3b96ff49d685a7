'use client';

import { Badge, EmptyState, formatDateTime, Money, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useErrorText, usePageLocale } from '@/i18n/error-text';
import { DataTable } from '../data-table';
import { LoadFailed, LoadMore, Loading } from '../load-state';
import { usePaymentLabels } from './payment-text';

/** Correctly signed notifications that matched no payment of ours: kept for reconciliation, newest first. */
export function UnmatchedList() {
  const t = useTranslations('payments.unmatched');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  const errorText = useErrorText('payments');
  const trpc = useTRPC();
  const unmatched = useInfiniteQuery(
    trpc.payments.unmatched.infiniteQueryOptions({ limit: 25 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const rows = unmatched.data?.pages.flatMap((p) => p.items) ?? [];
  if (unmatched.isError && rows.length === 0) {
    return <LoadFailed title={errorText(unmatched.error)} retry={t('tryAgain')} onRetry={() => void unmatched.refetch()} />;
  }
  if (unmatched.isPending) return <Loading label={t('loading')} />;
  if (rows.length === 0) return <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>;
  const columns = [
    { key: 'received', label: t('received') },
    { key: 'provider', label: t('provider') },
    { key: 'references', label: t('references') },
    { key: 'kind', label: t('kindOutcome') },
    { key: 'amount', label: t('amount'), align: 'end' },
    { key: 'why', label: t('why') },
  ] as const;
  return (
    <div className="space-y-4">
      <DataTable caption={t('caption')} columns={columns}>
        {rows.map((n) => (
          <tr key={n.eventId}>
            <td className="whitespace-nowrap px-3 py-3 text-slate-600">
              <time dateTime={new Date(n.receivedAt).toISOString()}>{formatDateTime(n.receivedAt, locale)}</time>
            </td>
            <td className="px-3 py-3">{labels.provider(n.provider)}</td>
            <td className="px-3 py-3 font-mono text-xs">
              <span className="block">{t('merchant')} <bdi>{n.merchantReference ?? '—'}</bdi></span>
              <span className="block">{t('order')} <bdi>{n.providerOrderId ?? '—'}</bdi></span>
              <span className="block">{t('txn')} <bdi>{n.providerTransactionId ?? '—'}</bdi></span>
            </td>
            <td className="px-3 py-3">
              <span>{labels.kind(n.kind)}</span> <Badge tone={n.outcome === 'success' ? 'green' : 'slate'}>{labels.outcome(n.outcome)}</Badge>
            </td>
            <td className="px-3 py-3 text-end">
              <Money piasters={n.amount} locale={locale} />
            </td>
            <td className="px-3 py-3">
              {n.reason ? labels.unmatchedReason(n.reason) : null}
              <bdi dir="auto" className="block text-xs text-slate-500">{n.detail}</bdi>
            </td>
          </tr>
        ))}
      </DataTable>
      <LoadMore label={t('loadMore')} query={unmatched} />
    </div>
  );
}
