'use client';

import type { RouterOutputs } from '@healthpay/api';
import { formatDateTime, formatMoney, LoadingBlock, Money, nextCursor, PagedCard, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { PaymentStatusBadge } from './payment-status-badge';
import { usePatientListText } from '@/components/page/patient-lists';

type Payment = RouterOutputs['payments']['mine']['items'][number];

const PAGE = 5;

/** The patient's top-ups, newest first, each linking to its page (Fawry code, result). */
export function TopUpsCard() {
  const trpc = useTRPC();
  const t = useTranslations();
  const listText = usePatientListText();
  const payments = useInfiniteQuery(
    trpc.payments.mine.infiniteQueryOptions({ limit: PAGE }, { getNextPageParam: nextCursor }),
  );
  return (
    <PagedCard
      title={t('payments.heading')}
      titleId="top-ups-heading"
      query={payments}
      loading={<LoadingBlock label={t('common.loading')} soft className="h-20" />}
      text={listText(t('payments.empty'), t('payments.loadMore'))}
      rowKey={(p) => p.paymentId}
      rows={{ ordered: true, listClassName: '-my-2 divide-y divide-slate-100', item: (p) => <TopUpLine payment={p} /> }}
    />
  );
}

function TopUpLine({ payment: p }: { payment: Payment }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <li>
      <Link
        href={`/payments/${p.paymentId}`}
        aria-label={t('payments.open', { amount: formatMoney(p.amount, locale), status: t(`payment.statusLabel.${p.status}`) })}
        className="flex items-center gap-3 rounded-lg py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-teal-700"
      >
        <div className="min-w-0 flex-1">
          <p className="font-medium text-slate-900">{t(`payment.provider.${p.provider}`)}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={new Date(p.requestedAt).toISOString()}>{formatDateTime(p.requestedAt, locale)}</time>
          </p>
        </div>
        <div className="flex flex-col items-end gap-1">
          <Money piasters={p.amount} locale={locale} className="font-semibold" />
          <PaymentStatusBadge status={p.status} />
        </div>
      </Link>
    </li>
  );
}
