'use client';

import type { RouterOutputs } from '@healthpay/api';
import { cn, formatDateTime, Money, nextCursor, PagedCard, pagedCardText, useTRPC, type DataColumn, type Translate } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePortalLocale, useWalletErrorText } from './wallet-text';

type Line = RouterOutputs['wallet']['history']['items'][number];

/** Money history as the patient sees it, with references and counterparties for staff. */
export function HistoryTable({ walletId }: { walletId: string }) {
  const t = useTranslations('wallets');
  const locale = usePortalLocale();
  const errorText = useWalletErrorText();
  const trpc = useTRPC();
  const history = useInfiniteQuery(trpc.wallet.history.infiniteQueryOptions({ walletId, limit: 20 }, { getNextPageParam: nextCursor }));
  const columns: DataColumn<Line>[] = [
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
    <PagedCard
      {...pagedCardText(t as Translate, 'history', errorText)}
      titleId="history-heading"
      query={history}
      rowKey={(l) => l.eventId}
      rows={{ columns, minWidth: '36rem' }}
    />
  );
}
