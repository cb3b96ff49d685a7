'use client';

import type { RouterOutputs } from '@healthpay/api';
import { DefinitionList, formatDate, formatDateTime, formatEgyptianMobile, formatNumber, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { CardStatusBadge } from './card-status-badge';
import { usePortalLocale } from './medcard-text';

type CardDetail = RouterOutputs['medcard']['get'];

/** Who holds the card, its terms and this month's benefit. */
export function CardSummary({ card: c }: { card: CardDetail }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const percent = (n: number) => t('summary.usedPercent', { percent: formatNumber(n, locale) });
  const money = (piasters: number) => <Money piasters={piasters} locale={locale} />;
  const usedPercent = c.monthlyLimit > 0 ? Math.min(100, Math.round((c.benefitUsed / c.monthlyLimit) * 100)) : 100;
  return (
    <section aria-labelledby="card-holder" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 id="card-holder" dir="auto" className="truncate text-xl font-semibold">
            {c.holder.name}
          </h1>
          <p className="mt-0.5 font-mono text-sm text-slate-600" dir="ltr">{c.cardId}</p>
        </div>
        <CardStatusBadge status={c.status} />
      </div>
      {c.statusReason && (c.status === 'suspended' || c.status === 'closed') ? (
        <p className="mt-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
          {t.rich('summary.reason', { reason: c.statusReason, bdi: (chunks) => <bdi>{chunks}</bdi> })}
        </p>
      ) : null}
      <div className="mt-4">
        <div className="flex justify-between text-xs text-slate-600">
          <span>{t('summary.usedThisMonth')}</span>
          <span>{percent(usedPercent)}</span>
        </div>
        <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          <div className="h-full rounded-full bg-teal-600" style={{ width: `${usedPercent}%` }} />
        </div>
      </div>
      <DefinitionList
        className="mt-3"
        items={[
          { key: 'tier', term: t('summary.tier'), value: t(`tiers.${c.tier}`) },
          { key: 'limit', term: t('summary.monthlyLimit'), value: money(c.monthlyLimit) },
          { key: 'copay', term: t('summary.copayment'), value: percent(c.copaymentPercent) },
          { key: 'used', term: t('summary.used'), value: money(c.benefitUsed) },
          { key: 'remaining', term: t('summary.remaining'), value: money(c.remainingBenefit) },
          { key: 'expiry', term: t('summary.validThrough'), value: formatDate(c.expiresAt, locale) },
          {
            key: 'insurance',
            term: t('summary.insurance'),
            value: c.insurance ? (
              <>
                <bdi>{c.insurance.provider}</bdi>
                <span className="block font-mono text-xs font-normal text-slate-500" dir="ltr">{c.insurance.policyNumber}</span>
              </>
            ) : (
              t('summary.noInsurance')
            ),
          },
          { key: 'phone', term: t('summary.phone'), value: <bdi className="tabular-nums">{c.holderPhone ? formatEgyptianMobile(c.holderPhone) : t('none')}</bdi> },
          { key: 'user', term: t('summary.holderUserId'), value: <bdi className="font-mono text-xs">{c.holder.userId}</bdi> },
          { key: 'issued', term: t('summary.issued'), value: formatDateTime(c.issuedAt, locale) },
          {
            key: 'updated',
            term: t('summary.lastChange'),
            value: t('summary.changedAt', { when: formatDateTime(c.updatedAt, locale), version: formatNumber(c.version, locale) }),
          },
        ]}
      />
    </section>
  );
}
