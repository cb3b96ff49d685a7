'use client';

import { isMissing, RecordStatus, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect } from 'react';
import { lastMonths, MonthlySpend } from './monthly-spend';
import { BeneficiariesCard } from './beneficiaries-card';
import { CardClaims } from './card-claims';
import { CardInsurance } from './card-insurance';
import { CardStatusActions } from './card-status-actions';
import { CardSummary } from './card-summary';
import { CardTerms } from './card-terms';
import { useCardErrorText } from './medcard-text';
import { RefillOverrideForm } from './refill-override-form';

const HISTORY_PAGES = 10;

/** One card for staff: holder, terms, members, claims, spend and the actions on it. */
export function CardDetail({ cardId }: { cardId: string }) {
  const t = useTranslations('medcards');
  const errorText = useCardErrorText();
  const trpc = useTRPC();
  const card = useQuery(trpc.medcard.get.queryOptions({ cardId }));
  const month = card.data?.month;
  // Six months of claims for the spend chart (and the drug codes and prescriptions the forms suggest).
  const history = useInfiniteQuery({
    ...trpc.claims.byCard.infiniteQueryOptions(
      { cardId, from: month ? `${lastMonths(month, 6)[0]}-01` : undefined, limit: 100 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
    enabled: Boolean(month),
  });
  const pages = history.data?.pages.length ?? 0;
  useEffect(() => {
    if (history.hasNextPage && !history.isFetchingNextPage && !history.isError && pages < HISTORY_PAGES) void history.fetchNextPage();
  }, [history, pages]);

  if (!card.isSuccess) {
    return (
      <RecordStatus
        missing={card.isError && isMissing(card.error, 'CARD_NOT_FOUND')}
        query={card}
        text={{ notFound: t('detail.notFound'), notFoundHint: t('detail.notFoundHint'), loading: t('detail.loading'), tryAgain: t('tryAgain') }}
        errorText={errorText}
        back={<Link href="/medcards" className="font-medium text-teal-800 underline">{t('detail.back')}</Link>}
      />
    );
  }

  const c = card.data;
  const claims = history.data?.pages.flatMap((p) => p.items) ?? [];
  const drugCodes = [...new Set(claims.flatMap((x) => x.lines.map((l) => l.drugCode)))].sort();
  const approvedRx = claims.filter((x) => x.status !== 'rejected').map((x) => x.prescriptionId);
  return (
    <div className="space-y-4">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/medcards" className="text-teal-800 hover:underline">
          {t('title')}
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-400">
          /
        </span>
        <span aria-current="page" className="text-slate-600">
          <bdi>{c.holder.name}</bdi> · <bdi className="font-mono">{c.cardId}</bdi>
        </span>
      </nav>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
        <div className="space-y-4">
          <CardSummary card={c} />
          <CardStatusActions card={c} />
          <CardTerms card={c} />
          {c.status !== 'closed' && c.status !== 'expired' ? <RefillOverrideForm cardId={c.cardId} drugCodes={drugCodes} /> : null}
        </div>
        <div className="space-y-4">
          <BeneficiariesCard card={c} />
          <MonthlySpend claims={claims} month={c.month} monthlyLimit={c.monthlyLimit} complete={!history.hasNextPage} />
          <CardClaims cardId={c.cardId} />
          <CardInsurance card={c} prescriptionIds={approvedRx} />
        </div>
      </div>
    </div>
  );
}
