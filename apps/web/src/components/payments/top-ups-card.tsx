'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, EmptyState, formatDateTime, formatMoney, Money, Notice, useTRPC } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { PaymentStatusBadge } from './payment-status-badge';

type Payment = RouterOutputs['payments']['mine']['items'][number];

const PAGE = 5;

/** The patient's top-ups, newest first, each linking to its page (Fawry code, result). */
export function TopUpsCard() {
  const trpc = useTRPC();
  const t = useTranslations();
  const payments = useInfiniteQuery(
    trpc.payments.mine.infiniteQueryOptions({ limit: PAGE }, { getNextPageParam: (last) => last.nextCursor ?? undefined }),
  );
  const items = payments.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card title={t('payments.heading')} titleId="top-ups-heading">
      {payments.isPending ? (
        <div role="status" aria-label={t('common.loading')} className="h-20 animate-pulse rounded-xl bg-slate-100" />
      ) : payments.isError && items.length === 0 ? (
        <Notice tone="error" title={t('common.loadError')}>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void payments.refetch()}>
            {t('common.retry')}
          </Button>
        </Notice>
      ) : items.length === 0 ? (
        <EmptyState title={t('payments.empty')} />
      ) : (
        <>
          <ol aria-labelledby="top-ups-heading" className="-my-2 divide-y divide-slate-100">
            {items.map((p) => (
              <TopUpLine key={p.paymentId} payment={p} />
            ))}
          </ol>
          {payments.hasNextPage ? (
            <Button variant="secondary" className="mt-4 w-full" loading={payments.isFetchingNextPage} onClick={() => void payments.fetchNextPage()}>
              {t('payments.loadMore')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
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
