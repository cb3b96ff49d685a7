'use client';

import { Button, Card, EmptyState, Money, Notice, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useAccountLabel, usePortalLocale, type AccountKindName } from './ledger-text';

/** The accounts of one kind (every wallet, every pharmacy…) with their totals; each opens its entries. */
// Only the per-party kinds (wallets, clearing, payables, receivables) are listed here: their names carry no markup.
export function AccountList({ day, kind, base }: { day: string; kind: AccountKindName; base: string }) {
  const t = useTranslations('ledger');
  const locale = usePortalLocale();
  const label = useAccountLabel();
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.ledger.accounts.infiniteQueryOptions({ day, kind }, { getNextPageParam: (last) => last.nextAfter ?? undefined }));
  if (list.isError) return <Notice tone="error" title={t('errors.generic')} />;
  if (list.isPending) return <div role="status" aria-label={t('drill', { kind: t(`kinds.${kind}`) })} className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  const rows = list.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <EmptyState title={t('empty')} />;
  return (
    <div className="space-y-3">
      <Card className="overflow-x-auto p-0">
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{t('drill', { kind: t(`kinds.${kind}`) })}</caption>
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>{[t('columns.account'), t('columns.debit'), t('columns.credit'), t('columns.balance')].map((h) => <th key={h} scope="col" className="px-4 py-3 text-start font-medium">{h}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((a) => (
              <tr key={a.account}>
                <th scope="row" className="px-4 py-3 text-start font-medium">
                  <Link className="text-teal-800 hover:underline" href={`${base}?day=${day}&account=${encodeURIComponent(a.account)}`}>{label(a.account)}</Link>
                </th>
                <td className="px-4 py-3"><Money piasters={a.debit} locale={locale} /></td>
                <td className="px-4 py-3"><Money piasters={a.credit} locale={locale} /></td>
                <td className="px-4 py-3"><Money piasters={a.balance} locale={locale} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {list.hasNextPage ? <Button variant="secondary" className="w-full" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('loadMore')}</Button> : null}
    </div>
  );
}
