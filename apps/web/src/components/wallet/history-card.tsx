'use client';

import type { RouterOutputs } from '@healthpay/api';
import { cn, formatDateTime, formatMoney, LoadingBars, Money, nextCursor, PagedCard, personName, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { usePatientListText } from '@/components/page/patient-lists';

type Line = RouterOutputs['wallet']['history']['items'][number];

const PAGE = 10;

/** The wallet's money history, newest first, a page at a time. */
export function HistoryCard({ walletId }: { walletId: string }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const listText = usePatientListText();
  const history = useInfiniteQuery(
    trpc.wallet.history.infiniteQueryOptions({ walletId, limit: PAGE }, { getNextPageParam: nextCursor }),
  );
  return (
    <PagedCard
      title={t('history.heading')}
      titleId="history-heading"
      query={history}
      loading={<LoadingBars label={t('common.loading')} count={3} barClassName="h-14 rounded-xl bg-slate-100" />}
      text={listText(t('history.empty'), t('history.loadMore'))}
      rowKey={(line) => line.eventId}
      rows={{ ordered: true, listClassName: '-my-2 divide-y divide-slate-100', item: (line) => <HistoryLine line={line} /> }}
    />
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
