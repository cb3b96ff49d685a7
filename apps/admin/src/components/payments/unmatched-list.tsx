'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, DataTable, formatDateTime, Money, nextCursor, PagedList, rowsOf, useTRPC, type DataColumn } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useErrorText, usePageLocale } from '@/i18n/error-text';
import { usePaymentLabels } from './payment-text';

type Unmatched = RouterOutputs['payments']['unmatched']['items'][number];

/** Correctly signed notifications that matched no payment of ours: kept for reconciliation, newest first. */
export function UnmatchedList() {
  const t = useTranslations('payments.unmatched');
  const errorText = useErrorText('payments');
  const trpc = useTRPC();
  const unmatched = useInfiniteQuery(trpc.payments.unmatched.infiniteQueryOptions({ limit: 25 }, { getNextPageParam: nextCursor }));
  const rows = rowsOf(unmatched.data);
  return (
    <div className="space-y-4">
      <PagedList
        query={unmatched}
        count={rows.length}
        text={{ loading: t('loading'), empty: t('empty'), emptyHint: t('emptyHint'), loadMore: t('loadMore'), error: errorText, retry: t('tryAgain') }}
      >
        <DataTable caption={t('caption')} columns={useUnmatchedColumns()} rows={rows} rowKey={(n) => n.eventId} minWidth="52rem" rowHeader={false} hover={false} />
      </PagedList>
    </div>
  );
}

/** Received, provider, our and their references, what it said, amount, and why it matched nothing. */
function useUnmatchedColumns(): DataColumn<Unmatched>[] {
  const t = useTranslations('payments.unmatched');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  return [
    { label: t('received'), className: 'whitespace-nowrap text-slate-600', cell: (n) => <time dateTime={new Date(n.receivedAt).toISOString()}>{formatDateTime(n.receivedAt, locale)}</time> },
    { label: t('provider'), cell: (n) => labels.provider(n.provider) },
    {
      label: t('references'),
      className: 'font-mono text-xs',
      cell: (n) => (
        <>
          <span className="block">{t('merchant')} <bdi>{n.merchantReference ?? '—'}</bdi></span>
          <span className="block">{t('order')} <bdi>{n.providerOrderId ?? '—'}</bdi></span>
          <span className="block">{t('txn')} <bdi>{n.providerTransactionId ?? '—'}</bdi></span>
        </>
      ),
    },
    {
      label: t('kindOutcome'),
      cell: (n) => (
        <>
          <span>{labels.kind(n.kind)}</span> <Badge tone={n.outcome === 'success' ? 'green' : 'slate'}>{labels.outcome(n.outcome)}</Badge>
        </>
      ),
    },
    { label: t('amount'), align: 'end', cell: (n) => <Money piasters={n.amount} locale={locale} /> },
    {
      label: t('why'),
      cell: (n) => (
        <>
          {n.reason ? labels.unmatchedReason(n.reason) : null}
          <bdi dir="auto" className="block text-xs text-slate-500">{n.detail}</bdi>
        </>
      ),
    },
  ];
}
