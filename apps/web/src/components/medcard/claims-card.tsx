'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Badge, breakdownLabelsOf, CLAIM_REVERSAL_REASONS, ClaimBreakdown, claimStatusTone, Figure, formatDateTime, formatMoney, formatNumber, LoadingBars, Money, nextCursor, Notice, PagedCard, personName, rejectedLines, useTRPC, type Translate } from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { useRejectionText } from './use-rejection-text';
import { usePatientListText } from '@/components/page/patient-lists';

type Claim = RouterOutputs['claims']['byCard']['items'][number];

const PAGE = 10;

/** Every prescription the card was asked to pay, newest first: what you paid, what the card paid, per medicine. */
export function ClaimsCard({ cardId }: { cardId: string }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const listText = usePatientListText();
  const headingId = useId();
  const claims = useInfiniteQuery(trpc.claims.byCard.infiniteQueryOptions({ cardId, limit: PAGE }, { getNextPageParam: nextCursor }));
  return (
    <PagedCard
      title={t('medcard.claims.heading')}
      titleId={headingId}
      query={claims}
      loading={<LoadingBars label={t('common.loading')} count={2} barClassName="h-24 rounded-xl bg-slate-100" />}
      text={listText(t('medcard.claims.empty'), t('medcard.claims.loadMore'))}
      // Two pharmacies may use the same prescription id on a card: the pharmacy is part of the key.
      rowKey={(c) => `${c.pharmacyId}/${c.prescriptionId}`}
      rows={{ ordered: true, listClassName: 'space-y-3', item: (c) => <ClaimItem claim={c} /> }}
    />
  );
}

function ClaimItem({ claim: c }: { claim: Claim }) {
  const t = useTranslations('medcard');
  const locale = useLocale();
  const rejectionText = useRejectionText();
  const rejected = c.status === 'rejected';
  const labels = breakdownLabelsOf(t as Translate, 'breakdown', {
    caption: t('claims.linesCaption', { id: c.prescriptionId }),
    quantityTimesPrice: (quantity, price) => t('breakdown.quantityTimesPrice', { quantity: formatNumber(quantity, locale), price }),
    rejectedLine: (rejection) => t('breakdown.lineRejected', { reason: rejectionText(rejection) }),
  });
  const unpaidLines = rejectedLines(c).length;
  return (
    <li className="rounded-xl border border-slate-200 p-3 sm:p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900"><bdi dir="auto">{personName({ name: c.pharmacyName, nameAr: c.pharmacyNameAr }, locale) ?? c.pharmacyId}</bdi></p>
          <p className="text-xs text-slate-500">
            <time dateTime={c.decidedAt}>{formatDateTime(c.decidedAt, locale)}</time>
            {c.beneficiaryName ? ` · ${t('claims.forWhom', { name: c.beneficiaryName })}` : ''}
          </p>
          <p className="text-xs text-slate-500">{t('claims.prescription', { id: c.prescriptionId })}</p>
        </div>
        <Badge tone={claimStatusTone(c.status)}>{t(`claims.status.${c.status}`)}</Badge>
      </div>
      {rejected ? (
        <div className="mt-3">
          <Notice tone="warning" title={t('claims.rejectedNote')}>
            {c.rejection ? rejectionText(c.rejection) : null}
          </Notice>
        </div>
      ) : (
        <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
          <Figure label={t('claims.youPaid')} className="rounded-lg bg-slate-50 p-2.5" valueClassName="mt-0.5 text-base font-semibold">
            <Money piasters={c.copay} locale={locale} />
          </Figure>
          <Figure label={t('claims.cardPaid')} className="rounded-lg bg-teal-50 p-2.5" labelClassName="text-xs text-teal-800" valueClassName="mt-0.5 text-base font-semibold text-teal-900">
            <Money piasters={c.benefit} locale={locale} />
          </Figure>
        </dl>
      )}
      {c.status === 'partial' ? <p className="mt-2 text-xs text-amber-800">{t('claims.partialNote')}</p> : null}
      {c.reversal ? <ReversalNote reversal={c.reversal} /> : null}
      {!rejected && unpaidLines > 0 ? <p className="mt-2 text-xs text-red-700">{t('claims.linesRejectedNote', { count: unpaidLines })}</p> : null}
      <details className="group mt-3">
        <summary className="cursor-pointer text-sm font-medium text-teal-800">
          {t('claims.lines', { count: formatNumber(c.lines.length, locale) })} · {t('claims.total')} {formatMoney(c.submitted, locale)}
        </summary>
        <ClaimBreakdown claim={c} locale={locale} labels={labels} priceOnly={rejected} className="mt-2" />
      </details>
    </li>
  );
}

/** A reversed claim: when and why (in the patient's words), and the wallet refund if any. */
function ReversalNote({ reversal }: { reversal: NonNullable<Claim['reversal']> }) {
  const t = useTranslations('medcard.claims');
  const locale = useLocale();
  const code = CLAIM_REVERSAL_REASONS.find((r) => r === reversal.reason);
  const reason = code ? t(`reversalReasons.${code}`) : reversal.reason;
  return (
    <div className="mt-3">
      <Notice tone="warning" title={`${t(`reversedBy.${reversal.byKind}`)}: ${reason}`}>
        <p>{t('reversedNote', { date: formatDateTime(reversal.at, locale) })}</p>
        {reversal.walletCopayRefunded > 0 ? <p className="mt-1">{t('reversedRefund', { amount: formatMoney(reversal.walletCopayRefunded, locale) })}</p> : null}
      </Notice>
    </div>
  );
}
