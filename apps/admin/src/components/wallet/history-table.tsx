'use client';

import { Card, cn, DataTable, formatDateTime, Money, nextCursor, PagedList, rowsOf, useTRPC, type DataColumn } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePortalLocale, useWalletErrorText } from './wallet-text';

/** Money history as the patient sees it, with references and counterparties for staff. */
export function HistoryTable({ walletId }: { walletId: string }) {
  const t = useTranslations('wallets');
  const locale = usePortalLocale();
  const errorText = useWalletErrorText();
  const trpc = useTRPC();
  const history = useInfiniteQuery(trpc.wallet.history.infiniteQueryOptions({ walletId, limit: 20 }, { getNextPageParam: nextCursor }));
  const lines = rowsOf(history.data);
  const columns: DataColumn<(typeof lines)[number]>[] = [
    {
      label: t('history.when'),
      className: 'whitespace-nowrap text-slate-600 font-normal',
      cell: (l) => <time dateTime={l.occurredAt}>{formatDateTime(l.occurredAt, locale)}</time>,
    },
    {
      label: t('history.what'),
      cell: (l) => (
        <>
          <span className="font-medium">{t(`history.kinds.${l.kind}`)}</span>
          {l.counterpartyName ? (
            <span className="text-slate-600">
              {' · '}
              <bdi>{l.counterpartyName}</bdi>
            </span>
          ) : null}
          <span className="block break-all text-xs text-slate-500" dir="auto">
            {l.reference}
          </span>
        </>
      ),
    },
    {
      label: t('history.amount'),
      align: 'end',
      cell: (l) => <Money piasters={l.amount} locale={locale} signed className={cn('font-medium', l.amount > 0 && 'text-emerald-700')} />,
    },
    { label: t('history.balanceAfter'), align: 'end', cell: (l) => <Money piasters={l.balanceAfter} locale={locale} /> },
  ];
  return (
    <Card title={t('history.title')} titleId="history-heading">
      <PagedList
        query={history}
        count={lines.length}
        text={{ loading: t('history.loading'), empty: t('history.empty'), loadMore: t('history.loadMore'), error: errorText }}
        loadingClassName="h-32 rounded-xl bg-slate-100"
        loadMoreClassName="mt-4 w-full"
      >
        <DataTable labelledBy="history-heading" inCard columns={columns} rows={lines} rowKey={(l) => l.eventId} rowHeader={false} hover={false} minWidth="36rem" />
      </PagedList>
    </Card>
  );
}
