'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, Button, Card, EmptyState, englishMessageFor, errorInfo, formatDateTime, Money, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, type ReactNode } from 'react';
import { flagLabel, providerLabel } from './labels';
import { NotificationsTable } from './notifications-table';
import { PaymentStatusBadge } from './payment-status-badge';
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
  const trpc = useTRPC();
  const valid = UUID.test(paymentId);
  const detail = useQuery({
    ...trpc.payments.detail.queryOptions({ paymentId }),
    enabled: valid,
    refetchInterval: (q) => (unsettled(q.state.data) ? 2_000 : false),
  });

  if (!valid || (detail.isError && ['PAYMENT_NOT_FOUND', 'NOT_FOUND', 'VALIDATION_FAILED'].includes(errorInfo(detail.error).code))) {
    return (
      <EmptyState title="Payment not found">
        <Link href="/payments" className="font-medium text-teal-800 underline">
          Back to payments
        </Link>
      </EmptyState>
    );
  }
  if (detail.isError && !detail.data) {
    return (
      <Notice tone="error" title={englishMessageFor(detail.error)}>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void detail.refetch()}>
          Try again
        </Button>
      </Notice>
    );
  }
  if (detail.isPending) return <div role="status" aria-label="Loading payment" className="h-64 animate-pulse rounded-2xl bg-slate-200" />;

  const { payment: p, notifications, refunds } = detail.data;
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/payments" className="text-teal-800 hover:underline">
          Payments
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-400">
          /
        </span>
        <span aria-current="page" className="font-mono text-slate-600">
          {p.paymentId}
        </span>
      </nav>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
        <div className="space-y-4">
          <Card title="Payment" titleId="payment-heading" actions={<PaymentStatusBadge status={p.status} />}>
            {p.flags.length > 0 ? (
              <p className="mb-3 flex flex-wrap gap-1">
                {p.flags.map((f) => (
                  <Badge key={f} tone="amber">
                    {flagLabel[f] ?? f}
                  </Badge>
                ))}
              </p>
            ) : null}
            <dl className="space-y-2 text-sm">
              <Row label="Patient">
                <Link href={`/wallets/${p.walletId}`} className="text-teal-800 hover:underline">
                  {p.ownerName ?? p.ownerId}
                </Link>
                {p.ownerPhone ? <span className="block tabular-nums text-slate-500">{p.ownerPhone}</span> : null}
              </Row>
              <Row label="Provider">{providerLabel[p.provider]}</Row>
              <Row label="Provider reference">
                <span className="break-all font-mono">{p.providerReference ?? '—'}</span>
              </Row>
              <Row label="Provider order">
                <span className="break-all font-mono">{p.providerOrderId ?? '—'}</span>
              </Row>
              <Row label="Amount">
                <Money piasters={p.amount} locale="en" />
              </Row>
              <Row label="Credited">
                <Money piasters={p.credited} locale="en" />
              </Row>
              <Row label="Refunded">
                <Money piasters={p.refunded} locale="en" />
              </Row>
              {p.refundPending > 0 ? (
                <Row label="Refund pending">
                  <Money piasters={p.refundPending} locale="en" />
                </Row>
              ) : null}
              <Row label="Refundable">
                <Money piasters={p.refundable} locale="en" />
              </Row>
              {p.failureReason ? <Row label="Failure">{p.failureReason}</Row> : null}
              <Row label="Requested">{formatDateTime(p.requestedAt, 'en')}</Row>
              {p.succeededAt ? <Row label="Succeeded">{formatDateTime(p.succeededAt, 'en')}</Row> : null}
              <Row label="Expires">{formatDateTime(p.expiresAt, 'en')}</Row>
            </dl>
          </Card>
          {canMoveMoney && p.status === 'review' ? <ResolveReviewForm paymentId={p.paymentId} amount={p.amount} /> : null}
          {canMoveMoney && p.status === 'succeeded' ? <RefundForm payment={p} /> : null}
        </div>
        <div className="space-y-4">
          <RefundsTable refunds={refunds} />
          <NotificationsTable notifications={notifications} />
        </div>
      </div>
    </div>
  );
}

/** A term and its value; the value is labelled by the term (`getByLabel(term)`). */
function Row({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="flex items-baseline justify-between gap-3">
      <dt id={id} className="shrink-0 text-slate-600">
        {label}
      </dt>
      <dd aria-labelledby={id} className="min-w-0 text-end font-medium">
        {children}
      </dd>
    </div>
  );
}
