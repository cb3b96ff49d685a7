'use client';

import { EntitySearch, entitySearchText, Money, nextCursor, rowsOf, useEntitySearch, useTRPC, type DataColumn, type Translate } from '@healthpay/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { CardStatusBadge } from './card-status-badge';
import { useCardErrorText, usePortalLocale } from './medcard-text';

const choices = { status: ['pending', 'active', 'suspended', 'closed', 'expired'], tier: ['silver', 'gold', 'platinum'] } as const;

/** Find cards by holder name or phone, or a whole card number; the search lives in the URL so Back returns to it. */
export function CardSearch() {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const errorText = useCardErrorText();
  const trpc = useTRPC();
  const search = useEntitySearch(choices, useSearchParams());
  const { status, tier } = search.filters;
  const cards = useInfiniteQuery({
    ...trpc.medcard.search.infiniteQueryOptions({ query: search.query || undefined, status, tier, limit: 20 }, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = rowsOf(cards.data);
  const money = (piasters: number) => <Money piasters={piasters} locale={locale} />;

  const columns: DataColumn<(typeof rows)[number]>[] = [
    {
      label: t('search.holder'),
      cell: (c) => (
        <>
          <Link href={`/medcards/${c.cardId}`} dir="auto" className="text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-teal-700">
            {c.holder.name}
          </Link>
          <span className="block font-mono text-xs font-normal text-slate-500" dir="ltr">
            {c.cardId}
          </span>
        </>
      ),
    },
    { label: t('search.tier'), cell: (c) => t(`tiers.${c.tier}`) },
    { label: t('search.status'), cell: (c) => <CardStatusBadge status={c.status} /> },
    { label: t('search.monthlyLimit'), align: 'end', cell: (c) => money(c.monthlyLimit) },
    { label: t('search.used'), align: 'end', cell: (c) => money(c.benefitUsed) },
    { label: t('search.remaining'), align: 'end', cell: (c) => money(c.remainingBenefit) },
  ];

  return (
    <EntitySearch
      state={search}
      filters={{
        status: { label: t('search.status'), all: t('search.allStatuses'), option: (s) => t(`status.${s}`) },
        tier: { label: t('search.tier'), all: t('search.allTiers'), option: (v) => t(`tiers.${v}`) },
      }}
      text={entitySearchText(t as Translate, errorText, t.rich('search.emptyHint', { link: (chunks) => <Link href="/medcards/new" className="font-medium text-teal-800 underline">{chunks}</Link> }))}
      columns={columns}
      rowKey={(c) => c.cardId}
      query={cards}
      rows={rows}
      minWidth="48rem"
    />
  );
}
