'use client';

import type { RouterOutputs } from '@healthpay/api';
import { EmptyState, Figure, formatDate, formatNumber, Money, Notice, RetryNotice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import { ClaimsCard } from './claims-card';
import { MembersCard } from './members-card';

type MedCard = RouterOutputs['medcard']['mine'][number];

/** The patient's MedCards: each with this month's benefit, who it covers and its prescriptions. */
export function MedCardHome() {
  const trpc = useTRPC();
  const t = useTranslations();
  const cards = useQuery(trpc.medcard.mine.queryOptions());

  if (cards.isPending) {
    return (
      <div role="status" aria-label={t('common.loading')} className="grid gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div className="h-56 animate-pulse rounded-2xl bg-teal-100" />
        <div className="h-72 animate-pulse rounded-2xl bg-slate-200" />
      </div>
    );
  }
  if (cards.isError) return <RetryNotice title={t('common.loadError')} retry={t('common.retry')} onRetry={cards.refetch} />;
  if (cards.data.length === 0) return <EmptyState title={t('medcard.noCardTitle')}>{t('medcard.noCardBody')}</EmptyState>;
  return (
    <div className="space-y-8">
      {cards.data.map((card) => (
        <div key={card.cardId} className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
          <div className="space-y-4">
            <CardPanel card={card} />
            <MembersCard cardId={card.cardId} />
          </div>
          <ClaimsCard cardId={card.cardId} />
        </div>
      ))}
    </div>
  );
}

function CardPanel({ card }: { card: MedCard }) {
  const t = useTranslations('medcard');
  const locale = useLocale();
  const id = useId();
  const usedPercent = card.monthlyLimit > 0 ? Math.min(100, Math.round((card.benefitUsed / card.monthlyLimit) * 100)) : 100;
  const tierColours = { silver: 'from-slate-600 to-slate-800', gold: 'from-amber-600 to-amber-800', platinum: 'from-teal-700 to-slate-900' } as const;
  return (
    <section aria-labelledby={`${id}-title`} className={`overflow-hidden rounded-2xl bg-gradient-to-br p-5 text-white shadow-md sm:p-6 ${tierColours[card.tier]}`}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t('cardTitle', { tier: t(`tier.${card.tier}`) })}
          </h2>
          <p className="mt-0.5 text-sm text-white/80">
            <span className="sr-only">{t('cardNumber')} </span>
            <bdi dir="ltr" className="font-mono tracking-wider">
              {card.cardId}
            </bdi>
          </p>
        </div>
        <span className="shrink-0 rounded-full bg-white/15 px-2.5 py-0.5 text-xs font-medium">{t(`status.${card.status}`)}</span>
      </div>
      <div className="mt-5">
        <p id={`${id}-remaining`} className="text-sm text-white/80">
          {t('remainingThisMonth')}
        </p>
        <p aria-labelledby={`${id}-remaining`} className="text-3xl font-semibold tracking-tight">
          <Money piasters={card.remainingBenefit} locale={locale} />
        </p>
        <div
          className="mt-3 h-2 overflow-hidden rounded-full bg-white/20"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={usedPercent}
          aria-label={t('usedOfLimit', { percent: formatNumber(usedPercent, locale) })}
        >
          <div className="h-full rounded-full bg-white" style={{ width: `${usedPercent}%` }} />
        </div>
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-3 text-sm">
        <Tile label={t('monthlyLimit')}>
          <Money piasters={card.monthlyLimit} locale={locale} />
        </Tile>
        <Tile label={t('usedThisMonth')}>
          <Money piasters={card.benefitUsed} locale={locale} />
        </Tile>
        <Tile label={t('copayment')}>{t('copaymentValue', { percent: formatNumber(card.copaymentPercent, locale) })}</Tile>
        <Tile label={t('validThrough')}>{formatDate(card.expiresAt, locale)}</Tile>
        {card.insurance ? (
          <Tile label={t('insurance')} wide>
            {card.insurance.provider} · <bdi className="font-mono text-xs">{card.insurance.policyNumber}</bdi>
          </Tile>
        ) : null}
      </dl>
      {card.status !== 'active' ? (
        <div className="mt-4 text-slate-900">
          <Notice tone={card.status === 'pending' ? 'info' : 'warning'}>{t(`notice.${card.status}`)}</Notice>
        </div>
      ) : null}
    </section>
  );
}

/** A figure on the card's coloured panel. */
function Tile({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <Figure label={label} className={`${wide ? 'col-span-2 ' : ''}rounded-xl bg-white/10 p-3`} labelClassName="text-white/80" valueClassName="mt-1 font-semibold">
      {children}
    </Figure>
  );
}
