'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Card, formatDateTime, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId, type ReactNode } from 'react';
import { usePageLocale } from '@/i18n/error-text';
import { PaymentFlags, PaymentStatusBadge } from './payment-status-badge';
import { usePaymentLabels } from './payment-text';

type Payment = RouterOutputs['payments']['detail']['payment'];

/** The payment's facts: who, through which provider, the amounts, and when. */
export function PaymentSummary({ payment: p }: { payment: Payment }) {
  const t = useTranslations('payments.detail');
  const locale = usePageLocale();
  const labels = usePaymentLabels();
  const money = (label: string, piasters: number) => (
    <Row label={label}>
      <Money piasters={piasters} locale={locale} />
    </Row>
  );
  return (
    <Card title={t('card')} titleId="payment-heading" actions={<PaymentStatusBadge status={p.status} />}>
      {p.flags.length > 0 ? (
        <p className="mb-3 flex flex-wrap gap-1">
          <PaymentFlags flags={p.flags} />
        </p>
      ) : null}
      <dl className="space-y-2 text-sm">
        <Row label={t('patient')}>
          <Link href={`/wallets/${p.walletId}`} dir="auto" className="text-teal-800 hover:underline">
            {p.ownerName ?? p.ownerId}
          </Link>
          {p.ownerPhone ? <bdi className="block tabular-nums text-slate-500">{p.ownerPhone}</bdi> : null}
        </Row>
        <Row label={t('provider')}>{labels.provider(p.provider)}</Row>
        <Row label={t('providerReference')}>
          <bdi className="break-all font-mono">{p.providerReference ?? '—'}</bdi>
        </Row>
        <Row label={t('providerOrder')}>
          <bdi className="break-all font-mono">{p.providerOrderId ?? '—'}</bdi>
        </Row>
        {money(t('amount'), p.amount)}
        {money(t('credited'), p.credited)}
        {money(t('refunded'), p.refunded)}
        {p.refundPending > 0 ? money(t('refundPending'), p.refundPending) : null}
        {money(t('refundable'), p.refundable)}
        {p.failureReason ? <Row label={t('failure')}><bdi dir="auto">{p.failureReason}</bdi></Row> : null}
        <Row label={t('requested')}>{formatDateTime(p.requestedAt, locale)}</Row>
        {p.succeededAt ? <Row label={t('succeeded')}>{formatDateTime(p.succeededAt, locale)}</Row> : null}
        <Row label={t('expires')}>{formatDateTime(p.expiresAt, locale)}</Row>
      </dl>
    </Card>
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
