'use client';

import { Notice, SettlementStatusBadge, StatementDownloads, StatementLines, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { usePortalLocale, useSettlementErrorText, useStatementLabels } from './settlement-text';
import { StatementActions } from './statement-actions';

/** One statement: status, totals, lines, downloads, and (finance) the next step with a confirmation. */
export function StatementDetail({ settlementId, canAct }: { settlementId: string; canAct: boolean }) {
  const t = useTranslations('settlements');
  const locale = usePortalLocale();
  const labels = useStatementLabels();
  const errorText = useSettlementErrorText();
  const trpc = useTRPC();
  const q = useQuery(trpc.settlements.get.queryOptions({ settlementId }));
  if (q.isError) return <Notice tone="error" title={errorText(q.error)} />;
  if (!q.data) return <div role="status" aria-label={t('title')} className="h-48 animate-pulse rounded-2xl bg-slate-200" />;
  const s = q.data.statement;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t.rich('detail.heading', { start: s.periodStart, end: s.periodEnd, bdi: (c) => <bdi>{c}</bdi> })}</h1>
        <SettlementStatusBadge status={s.status} label={t(`status.${s.status}`)} />
      </div>
      <p className="text-sm text-slate-600">{(locale === 'ar' ? s.pharmacyNameAr : s.pharmacyNameEn) ?? s.pharmacyId}</p>
      {s.payoutReference ? <p className="text-sm">{t.rich('detail.payoutReference', { reference: s.payoutReference, bdi: (c) => <bdi>{c}</bdi> })}</p> : null}
      {s.disputeReason ? <Notice tone="error" title={t('detail.disputeReason', { reason: s.disputeReason })} /> : null}
      {canAct ? <StatementActions statement={s} /> : null}
      <StatementDownloads settlementId={s.id} locale={locale} errorText={errorText}
        labels={{ title: t('detail.download'), csv: t('detail.csv'), pdfAr: t('detail.pdfAr'), pdfEn: t('detail.pdfEn') }} />
      <StatementLines data={q.data} locale={locale} labels={labels} />
    </div>
  );
}
