'use client';

import { Button, Card, EmptyState, formatDateTime, Money, Notice, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useAccountLabel, usePortalLocale } from './ledger-text';

/** One account's entries up to the day, newest first, with its balance (debit − credit). */
export function AccountEntries({ day, account }: { day: string; account: string }) {
  const t = useTranslations('ledger');
  const locale = usePortalLocale();
  const label = useAccountLabel();
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.ledger.statement.infiniteQueryOptions({ day, account, limit: 50 }, { getNextPageParam: (last) => last.nextCursor ?? undefined }));
  if (list.isError) return <Notice tone="error" title={t('errors.generic')} />;
  if (list.isPending) return <div role="status" aria-label={t('entries.caption')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  const first = list.data.pages[0];
  const rows = list.data.pages.flatMap((p) => p.entries);
  const cols = [t('entries.date'), t('entries.event'), t('entries.stream'), t('columns.debit'), t('columns.credit')];
  return (
    <div className="space-y-3">
      <Card>
        <h2 className="mb-1 text-base font-semibold">{label(account)}</h2>
        <p className="text-sm">{t('columns.balance')}: <Money piasters={first?.balance ?? 0} locale={locale} className="font-semibold" /></p>
      </Card>
      {rows.length === 0 ? <EmptyState title={t('entries.empty')} /> : (
        <Card className="overflow-x-auto p-0">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">{t('entries.caption')}</caption>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>{cols.map((h) => <th key={h} scope="col" className="px-4 py-3 text-start font-medium">{h}</th>)}</tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((e) => (
                <tr key={`${e.eventId}:${e.leg}`}>
                  <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(e.occurredAt, locale)}</td>
                  <td className="px-4 py-3"><bdi>{e.eventType}</bdi></td>
                  <td className="px-4 py-3 font-mono text-xs"><bdi>{e.streamId}</bdi></td>
                  <td className="px-4 py-3">{e.debit ? <Money piasters={e.debit} locale={locale} /> : null}</td>
                  <td className="px-4 py-3">{e.credit ? <Money piasters={e.credit} locale={locale} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {list.hasNextPage ? <Button variant="secondary" className="w-full" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('loadMore')}</Button> : null}
    </div>
  );
}
