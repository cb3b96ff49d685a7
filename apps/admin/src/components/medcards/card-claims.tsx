'use client';

import type { RouterOutputs } from '@healthpay/api';
import {
  Badge, breakdownLabelsOf, ClaimBreakdown, claimStatusTone, formatDateTime, formatNumber, nextCursor, Notice, PagedCard, pagedCardText, useTRPC, type Translate,
  type ClaimRejection, Money, personName,
} from '@healthpay/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useCardErrorText, usePortalLocale } from './medcard-text';
import { StaffReverseClaim } from './staff-reverse-claim';

type Claim = RouterOutputs['claims']['byCard']['items'][number];

const rejectionCodes = ['CARD_NOT_ACTIVE', 'CARD_EXPIRED', 'BENEFICIARY_NOT_ON_CARD', 'REFILL_TOO_SOON', 'MONTHLY_LIMIT_EXHAUSTED'] as const;
const isRejectionCode = (code: string): code is (typeof rejectionCodes)[number] => (rejectionCodes as readonly string[]).includes(code);

/** The card's prescription claims, newest first; each opens to its lines. */
export function CardClaims({ cardId }: { cardId: string }) {
  const t = useTranslations('medcards');
  const errorText = useCardErrorText();
  const trpc = useTRPC();
  const claims = useInfiniteQuery(trpc.claims.byCard.infiniteQueryOptions({ cardId, limit: 10 }, { getNextPageParam: nextCursor }));
  return (
    <PagedCard
      {...pagedCardText(t as Translate, 'claims', errorText)}
      titleId="claims-heading"
      query={claims}
      // Two pharmacies may use the same prescription id on a card: the pharmacy is part of the key.
      rowKey={(c) => `${c.pharmacyId}/${c.prescriptionId}`}
      rows={{ listClassName: 'space-y-2', item: (c) => <ClaimItem claim={c} /> }}
    />
  );
}

function ClaimItem({ claim: c }: { claim: Claim }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const rejectionText = (r: ClaimRejection) => (isRejectionCode(r.code) ? t(`claims.rejections.${r.code}`) : r.code);
  const labels = breakdownLabelsOf(t as Translate, 'claims.breakdown', {
    caption: t('claims.linesOf', { id: c.prescriptionId }),
    quantityTimesPrice: (quantity, price) => `${formatNumber(quantity, locale)} × ${price}`,
    rejectedLine: (r) => t('claims.breakdown.rejectedLine', { reason: rejectionText(r) }),
  });
  return (
    <li className="rounded-xl border border-slate-200">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-x-3 gap-y-1 p-3 text-sm [&::-webkit-details-marker]:hidden">
          <span className="min-w-0">
            <span className="font-medium">
              <span aria-hidden="true" className="me-1 inline-block text-slate-400 transition-transform group-open:rotate-90 rtl:-scale-x-100">
                ›
              </span>
              <bdi className="font-mono">{c.prescriptionId}</bdi> · <bdi>{c.beneficiaryName ?? t('claims.unknown')}</bdi>
            </span>
            <span className="block text-xs text-slate-500">
              <bdi dir="auto">{personName({ name: c.pharmacyName, nameAr: c.pharmacyNameAr }, locale) ?? c.pharmacyId}</bdi> · <time dateTime={c.decidedAt}>{formatDateTime(c.decidedAt, locale)}</time>
            </span>
          </span>
          <span className="flex items-center gap-3">
            <Badge tone={claimStatusTone(c.status)}>{t(`claims.status.${c.status}`)}</Badge>
            <span className="text-end text-xs text-slate-600">
              {t('claims.cardPaid')} <Money piasters={c.benefit} locale={locale} className="font-semibold text-slate-900" />
            </span>
          </span>
        </summary>
        <div className="space-y-3 border-t border-slate-100 p-3">
          {c.rejection ? <Notice tone="warning" title={t('claims.rejected')}>{rejectionText(c.rejection)}</Notice> : null}
          <ClaimBreakdown claim={c} locale={locale} priceOnly={c.status === 'rejected'} labels={labels} />
          {c.copaymentPercent !== null ? <p className="text-xs text-slate-500">{t('claims.copay', { percent: formatNumber(c.copaymentPercent, locale) })}</p> : null}
          {c.overridesUsed.length > 0 ? (
            <p className="text-xs text-slate-500">{t('claims.earlyRefill', { drugs: c.overridesUsed.map((o) => o.drugCode).join(locale === 'ar' ? '، ' : ', ') })}</p>
          ) : null}
          <StaffReverseClaim claim={c} />
        </div>
      </details>
    </li>
  );
}
