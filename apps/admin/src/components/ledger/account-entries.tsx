'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Card, DataTable, formatDateTime, Money, PagedList, useTRPC, type DataColumn } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLedgerScreen } from './ledger-text';

type Entry = RouterOutputs['ledger']['statement']['entries'][number];

/** One account's entries up to the day, newest first, with its balance (debit − credit). */
export function AccountEntries({ day, account }: { day: string; account: string }) {
  const { t, locale, label } = useLedgerScreen();
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.ledger.statement.infiniteQueryOptions({ day, account, limit: 50 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.entries) ?? [];
  const money = (piasters: number) => (piasters ? <Money piasters={piasters} locale={locale} /> : null);
  const columns: DataColumn<Entry>[] = [
    { label: t('entries.date'), className: 'whitespace-nowrap', cell: (e) => formatDateTime(e.occurredAt, locale) },
    { label: t('entries.event'), cell: (e) => <bdi>{e.eventType}</bdi> },
    { label: t('entries.stream'), className: 'font-mono text-xs', cell: (e) => <bdi>{e.streamId}</bdi> },
    { label: t('columns.debit'), cell: (e) => money(e.debit) },
    { label: t('columns.credit'), cell: (e) => money(e.credit) },
  ];
  return (
    <div className="space-y-3">
      {list.data ? (
        <Card>
          <h2 className="mb-1 text-base font-semibold">{label(account)}</h2>
          <p className="text-sm">{t('columns.balance')}: <Money piasters={list.data.pages[0]?.balance ?? 0} locale={locale} className="font-semibold" /></p>
        </Card>
      ) : null}
      <PagedList query={list} count={rows.length} text={{ loading: t('entries.caption'), empty: t('entries.empty'), loadMore: t('loadMore'), error: () => t('errors.generic') }}>
        <DataTable caption={t('entries.caption')} columns={columns} rows={rows} rowKey={(e) => `${e.eventId}:${e.leg}`} rowHeader={false} hover={false} />
      </PagedList>
    </div>
  );
}
