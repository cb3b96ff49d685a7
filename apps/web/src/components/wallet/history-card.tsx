'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, cn, EmptyState, formatDateTime, formatMoney, Money, Notice, personName, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';

type Line = RouterOutputs['wallet']['history']['items'][number];

const PAGE = 10;

/** The wallet's money history, newest first, a page at a time. */
export function HistoryCard({ walletId }: { walletId: string }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const history = useInfiniteQuery(
    trpc.wallet.history.infiniteQueryOptions({ walletId, limit: PAGE }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const lines = history.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card title={t('history.heading')} titleId="history-heading">
      {history.isPending ? (
        <div role="status" aria-label={t('common.loading')} className="space-y-3">
          {[0, 1, 2].map((i) => (
            <div key={i} className="h-14 animate-pulse rounded-xl bg-slate-100" />
          ))}
        </div>
      ) : history.isError && lines.length === 0 ? (
        <Notice tone="error" title={t('common.loadError')}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void history.refetch()}>
            {t('common.retry')}
          </Button>
        </Notice>
      ) : lines.length === 0 ? (
        <EmptyState title={t('history.empty')} />
      ) : (
        <>
          <ol aria-labelledby="history-heading" className="-my-2 divide-y divide-slate-100">
            {lines.map((line) => (
              <HistoryLine key={line.eventId} line={line} />
            ))}
          </ol>
          {history.hasNextPage ? (
            <Button variant="secondary" className="mt-4 w-full" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
              {t('history.loadMore')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}

function HistoryLine({ line }: { line: Line }) {
  const t = useTranslations('history');
  const locale = useLocale();
  const incoming = line.amount > 0;
  const counterparty = personName({ name: line.counterpartyName, nameAr: line.counterpartyNameAr }, locale);
  const who =
    counterparty && line.kind === 'transfer_in'
      ? t('from', { name: counterparty })
      : counterparty && line.kind === 'transfer_out'
        ? t('to', { name: counterparty })
        : null;
  // A transfer's reference is the sender's note (both sides see it); capture references are ids, not words.
  const note = (line.kind === 'transfer_in' || line.kind === 'transfer_out') && line.reference ? line.reference : null;
  const copay = line.copay
    ? t('copayDetail', { pharmacy: locale === 'ar' ? line.copay.pharmacyNameAr : line.copay.pharmacyName, prescription: `\u2066${line.copay.prescriptionId}\u2069` })
    : null;
  // A reversed claim's copay coming back names the pharmacy and the prescription, not its reference.
  const refund = line.copayRefund
    ? t('copayRefundDetail', {
        pharmacy: locale === 'ar' ? line.copayRefund.pharmacyNameAr : line.copayRefund.pharmacyName,
        prescription: `\u2066${line.copayRefund.prescriptionId}\u2069`,
      })
    : null;
  const detail = who ?? copay ?? refund ?? (line.kind === 'credit' || line.kind === 'debit' ? line.reference : null);
  return (
    <li className="flex items-center gap-3 py-3">
      <span
        aria-hidden="true"
        className={cn('grid size-10 shrink-0 place-items-center rounded-full text-lg', incoming ? 'bg-emerald-50 text-emerald-700' : 'bg-slate-100 text-slate-600')}
      >
        {incoming ? '↓' : '↑'}
      </span>
      <div className="min-w-0 flex-1">
        <p className="font-medium text-slate-900">{line.copay ? t('copay') : line.copayRefund ? t('copayRefund') : t(`kind.${line.kind}`)}</p>
        {detail ? <p className="truncate text-sm text-slate-600">{detail}</p> : null}
        {note ? <p className="break-words text-sm text-slate-500">“{note}”</p> : null}
        <p className="text-xs text-slate-500">
          <time dateTime={line.occurredAt}>{formatDateTime(line.occurredAt, locale)}</time>
        </p>
      </div>
      <div className="text-end">
        <Money piasters={line.amount} locale={locale} signed className={cn('font-semibold', incoming ? 'text-emerald-700' : 'text-slate-900')} />
        <p className="text-xs text-slate-500">
          {t('balanceAfter', { amount: formatMoney(line.balanceAfter, locale) })}
        </p>
      </div>
    </li>
  );
}
