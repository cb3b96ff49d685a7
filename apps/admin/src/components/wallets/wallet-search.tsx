'use client';

import { EntitySearch, entitySearchText, Money, nextCursor, rowsOf, useEntitySearch, useTRPC, type DataColumn, type Translate } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { StatusBadge } from '../status-badge';
import { usePortalLocale, useWalletErrorText } from '../wallet/wallet-text';

const choices = { status: ['pending', 'active', 'suspended', 'closed'] } as const;

/** Find wallets by owner name, phone or wallet id; the search lives in the URL so Back returns to it. */
export function WalletSearch() {
  const t = useTranslations('wallets');
  const locale = usePortalLocale();
  const errorText = useWalletErrorText();
  const trpc = useTRPC();
  const search = useEntitySearch(choices, useSearchParams());
  const wallets = useInfiniteQuery({
    ...trpc.wallet.search.infiniteQueryOptions({ query: search.query || undefined, status: search.filters.status, limit: 20 }, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = rowsOf(wallets.data);

  const columns: DataColumn<(typeof rows)[number]>[] = [
    {
      label: t('search.owner'),
      cell: (w) => (
        <>
          <Link href={`/wallets/${w.walletId}`} dir="auto" className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
            {w.ownerName ?? w.ownerId}
          </Link>
          <span className="block font-mono text-xs font-normal text-slate-500" dir="ltr">
            {w.walletId}
          </span>
        </>
      ),
    },
    { label: t('search.phone'), className: 'tabular-nums text-slate-700', cell: (w) => <bdi>{w.ownerPhone ?? t('none')}</bdi> },
    { label: t('search.status'), cell: (w) => <StatusBadge status={w.status} /> },
    { label: t('search.balance'), align: 'end', cell: (w) => <Money piasters={w.balance} locale={locale} /> },
    { label: t('search.available'), align: 'end', cell: (w) => <Money piasters={w.available} locale={locale} /> },
  ];

  return (
    <EntitySearch
      state={search}
      filters={{ status: { label: t('search.status'), all: t('search.allStatuses'), option: (s) => t(`status.${s}`) } }}
      text={entitySearchText(t as Translate, errorText, t('search.emptyHint'))}
      columns={columns}
      rowKey={(w) => w.walletId}
      query={wallets}
      rows={rows}
    />
  );
}
