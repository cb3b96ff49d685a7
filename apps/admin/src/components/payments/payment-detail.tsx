'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Breadcrumb, EmptyState, errorInfo, LoadingBlock, RetryNotice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useErrorText } from '@/i18n/error-text';
import { NotificationsTable } from './notifications-table';
import { PaymentSummary } from './payment-summary';
import { RefundForm } from './refund-form';
import { RefundsTable } from './refunds-table';
import { ResolveReviewForm } from './resolve-review-form';

type Detail = RouterOutputs['payments']['detail'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Something still moving (a pending payment, a refund awaiting the provider): ask again every 2 s. */
const unsettled = (d: Detail | undefined) =>
  !!d && (['requested', 'pending'].includes(d.payment.status) || d.payment.refundPending > 0 || d.refunds.some((r) => r.status === 'requested'));

/** One payment for staff: amounts, every provider notification, refunds; refund and review for finance. */
export function PaymentDetail({ paymentId, canMoveMoney }: { paymentId: string; canMoveMoney: boolean }) {
  const t = useTranslations('payments.detail');
  const errorText = useErrorText('payments');
  const trpc = useTRPC();
  const valid = UUID.test(paymentId);
  // A refund's answer is newer than the read model for a moment (it lags commits by a projector batch): until a
  // fetch shows the payment as the answer left it, ask again (else the refund stayed out of the page until a reload).
  const [awaited, setAwaited] = useState<number | null>(null);
  const behind = (d: Detail | undefined) => awaited !== null && !!d && new Date(d.payment.updatedAt).getTime() < awaited;
  const detail = useQuery({
    ...trpc.payments.detail.queryOptions({ paymentId }),
    enabled: valid,
    refetchInterval: (q) => (unsettled(q.state.data) ? 2_000 : behind(q.state.data) ? 500 : false),
  });

  if (!valid || (detail.isError && ['PAYMENT_NOT_FOUND', 'NOT_FOUND', 'VALIDATION_FAILED'].includes(errorInfo(detail.error).code))) {
    return (
      <EmptyState title={t('notFound')}>
        <Link href="/payments" className="font-medium text-teal-800 underline">
          {t('back')}
        </Link>
      </EmptyState>
    );
  }
  if (detail.isError && !detail.data) return <RetryNotice title={errorText(detail.error)} retry={t('tryAgain')} onRetry={detail.refetch} />;
  if (detail.isPending) return <LoadingBlock label={t('loading')} className="h-64" />;

  const { payment: p, notifications, refunds } = detail.data;
  return (
    <div className="space-y-4">
      <Breadcrumb
        label={t('breadcrumb')}
        parent={
          <Link href="/payments" className="text-teal-800 hover:underline">
            {t('payments')}
          </Link>
        }
      >
        <span className="font-mono">{p.paymentId}</span>
      </Breadcrumb>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
        <div className="space-y-4">
          <PaymentSummary payment={p} />
          {canMoveMoney && p.status === 'review' ? <ResolveReviewForm paymentId={p.paymentId} amount={p.amount} /> : null}
          {canMoveMoney && p.status === 'succeeded' ? <RefundForm payment={p} onRefunded={(view) => setAwaited(new Date(view.updatedAt).getTime())} /> : null}
        </div>
        <div className="space-y-4">
          <RefundsTable refunds={refunds} />
          <NotificationsTable notifications={notifications} />
        </div>
      </div>
    </div>
  );
}
