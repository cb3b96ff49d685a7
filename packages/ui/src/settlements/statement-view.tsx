'use client';

import type { RouterOutputs } from '@healthpay/api';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Notice } from '../components/notice';
import { SettlementStatusBadge, StatementLines, statementLabelsOf } from '../components/settlement-statement';
import { StatementDownloads } from '../components/statement-downloads';
import { LoadingBlock } from '../lists/paged-list';
import type { Locale } from '../money';
import { useTRPC } from '../trpc';
import { bdi, type SettlementTranslator } from './settlement-text';

export type SettlementStatement = RouterOutputs['settlements']['get']['statement'];

/**
 * One statement, the same for finance staff and the pharmacy: status, payout or dispute, downloads (CSV, PDF
 * in Arabic or English), totals and lines. Staff also see the pharmacy and, with `actions`, the next step.
 */
export function StatementView({ settlementId, t, locale, errorText, showPharmacy = false, actions }: {
  settlementId: string;
  t: SettlementTranslator;
  locale: Locale;
  errorText: (error: unknown) => string;
  showPharmacy?: boolean;
  actions?: (statement: SettlementStatement) => ReactNode;
}) {
  const trpc = useTRPC();
  const q = useQuery(trpc.settlements.get.queryOptions({ settlementId }));
  if (q.isError) return <Notice tone="error" title={errorText(q.error)} />;
  if (!q.data) return <LoadingBlock label={t('title')} />;
  const s = q.data.statement;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t.rich('detail.heading', { start: s.periodStart, end: s.periodEnd, bdi })}</h1>
        <SettlementStatusBadge status={s.status} label={t(`status.${s.status}`)} />
      </div>
      {showPharmacy ? <p className="text-sm text-slate-600">{(locale === 'ar' ? s.pharmacyNameAr : s.pharmacyNameEn) ?? s.pharmacyId}</p> : null}
      {s.payoutReference ? <p className="text-sm">{t.rich('detail.payoutReference', { reference: s.payoutReference, bdi })}</p> : null}
      {s.disputeReason ? <Notice tone="error" title={t('detail.disputeReason', { reason: s.disputeReason })} /> : null}
      {actions?.(s)}
      <StatementDownloads settlementId={s.id} locale={locale} errorText={errorText}
        labels={{ title: t('detail.download'), csv: t('detail.csv'), pdfAr: t('detail.pdfAr'), pdfEn: t('detail.pdfEn') }} />
      <StatementLines data={q.data} locale={locale} labels={statementLabelsOf(t)} />
    </div>
  );
}
