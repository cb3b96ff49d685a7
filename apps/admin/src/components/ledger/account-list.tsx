'use client';

import type { RouterOutputs } from '@healthpay/api';
import { DataTable, Money, PagedList, useTRPC, type DataColumn } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLedgerScreen, type AccountKindName } from './ledger-text';

type Account = RouterOutputs['ledger']['accounts']['items'][number];

/** The accounts of one kind (every wallet, every pharmacy…) with their totals; each opens its entries. */
// Only the per-party kinds (wallets, clearing, payables, receivables) are listed here: their names carry no markup.
export function AccountList({ day, kind, base }: { day: string; kind: AccountKindName; base: string }) {
  const { t, locale, label } = useLedgerScreen();
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.ledger.accounts.infiniteQueryOptions({ day, kind }, { getNextPageParam: (last) => last.nextAfter ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const caption = t('drill', { kind: t(`kinds.${kind}`) });
  const columns: DataColumn<Account>[] = [
    {
      label: t('columns.account'),
      cell: (a) => <Link className="text-teal-800 hover:underline" href={`${base}?day=${day}&account=${encodeURIComponent(a.account)}`}>{label(a.account)}</Link>,
    },
    { label: t('columns.debit'), cell: (a) => <Money piasters={a.debit} locale={locale} /> },
    { label: t('columns.credit'), cell: (a) => <Money piasters={a.credit} locale={locale} /> },
    { label: t('columns.balance'), cell: (a) => <Money piasters={a.balance} locale={locale} /> },
  ];
  return (
    <div className="space-y-3">
      <PagedList query={list} count={rows.length} text={{ loading: caption, empty: t('empty'), loadMore: t('loadMore'), error: () => t('errors.generic') }}>
        <DataTable caption={caption} columns={columns} rows={rows} rowKey={(a) => a.account} minWidth="36rem" hover={false} />
      </PagedList>
    </div>
  );
}
