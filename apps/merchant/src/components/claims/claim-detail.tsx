'use client';

import { Breadcrumb, EmptyState, errorInfo, formatDateTime, formatNumber, LoadingBlock, RetryNotice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useUiLocale } from '@/i18n/ui-locale';
import { receiptPath } from '@/lib/claim-paths';
import { useErrorText } from '../text/use-error-text';
import { Adjudication } from './adjudication';
import { ReverseClaim } from './reverse-claim';

/** One claim of this pharmacy's, with its adjudication of record. */
export function ClaimDetail({ cardId, prescriptionId }: { cardId: string; prescriptionId: string }) {
  const trpc = useTRPC();
  const claim = useQuery(trpc.claims.get.queryOptions({ cardId, prescriptionId }));
  const t = useTranslations('claims.detail');
  const tClaims = useTranslations('claims');
  const errorText = useErrorText();
  const locale = useUiLocale();

  const parent = (
    <Link href="/claims" className="text-emerald-800 hover:underline">
      {tClaims('title')}
    </Link>
  );
  const breadcrumb = <Breadcrumb label={t('breadcrumb')} parent={parent}>{prescriptionId}</Breadcrumb>;

  if (claim.isError) {
    const code = errorInfo(claim.error).code;
    return (
      <div className="space-y-4">
        {breadcrumb}
        {['PRESCRIPTION_NOT_FOUND', 'CARD_NOT_FOUND', 'NOT_FOUND', 'VALIDATION_FAILED'].includes(code) ? (
          <EmptyState title={t('notFound')}>{t('notFoundHint')}</EmptyState>
        ) : (
          <RetryNotice title={errorText(claim.error)} retry={tClaims('tryAgain')} onRetry={claim.refetch} />
        )}
      </div>
    );
  }
  if (claim.isPending) return <LoadingBlock label={t('loading')} className="h-64" />;

  const c = claim.data;
  return (
    <div className="space-y-4">
      {breadcrumb}
      <section aria-labelledby="claim-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h1 id="claim-heading" className="text-xl font-semibold">
          {t('prescription')} <bdi className="font-mono">{c.prescriptionId}</bdi>
        </h1>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          <bdi>{c.beneficiaryName ?? t('unknownPatient')}</bdi> · {t('card')} <bdi className="font-mono">{c.cardId}</bdi> ·{' '}
          {t('decided', { date: formatDateTime(c.decidedAt, locale) })}
          {c.copaymentPercent !== null ? ` · ${t('share', { percent: formatNumber(c.copaymentPercent, locale) })}` : ''}
        </p>
        <Adjudication claim={c} preview={false} record />
      </section>
      <ReverseClaim claim={c} />
      <Link href={receiptPath(c)} className="inline-flex h-11 items-center rounded-xl border border-slate-300 bg-white px-4 text-sm font-medium text-emerald-800 hover:bg-slate-50">
        {t('receipt')}
      </Link>
      <p className="text-xs text-slate-500">{t('final')}</p>
    </div>
  );
}
