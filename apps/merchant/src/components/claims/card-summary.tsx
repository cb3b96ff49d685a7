import type { RouterOutputs } from '@healthpay/api';
import { Badge, Figure, formatDate, formatNumber, medcardStatusTone, Money, Notice } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import { useClaimText } from '../text/use-claim-text';

export type LookedUpCard = RouterOutputs['medcard']['lookup'];

function Fact({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <Figure label={label} valueClassName={strong ? 'mt-0.5 text-base font-semibold text-emerald-800 sm:text-lg' : undefined}>
      {children}
    </Figure>
  );
}

/** The card as the counter needs it: whose it is, whether it pays, and how much is left this month. */
export function CardSummary({ card }: { card: LookedUpCard }) {
  const headingId = useId();
  const t = useTranslations('claims.card');
  const text = useClaimText();
  const { locale } = text;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">
            {t('medcard')} <bdi className="font-mono">{card.cardId}</bdi> · {text.tier(card.tier)}
          </p>
          <h2 id={headingId} className="text-lg font-semibold">
            <bdi>{card.holderName}</bdi>
          </h2>
        </div>
        <Badge tone={medcardStatusTone(card.status)}>{text.cardStatus(card.status)}</Badge>
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        <Fact label={t('remaining')} strong>
          <Money piasters={card.remainingBenefit} locale={locale} />
        </Fact>
        <Fact label={t('monthlyLimit')}>
          <Money piasters={card.monthlyLimit} locale={locale} />
        </Fact>
        <Fact label={t('used')}>
          <Money piasters={card.benefitUsed} locale={locale} />
        </Fact>
        <Fact label={t('patientPays')}>{t('patientPaysValue', { percent: formatNumber(card.copaymentPercent, locale) })}</Fact>
        <Fact label={t('tier')}>{text.tier(card.tier)}</Fact>
        <Fact label={t('expires')}>{formatDate(card.expiresAt, locale)}</Fact>
      </dl>
      {card.status !== 'active' ? (
        <Notice tone="warning" title={t('inactiveTitle', { status: text.cardStatus(card.status) })}>
          {t('inactiveBody')}
        </Notice>
      ) : card.remainingBenefit === 0 ? (
        <Notice tone="warning" title={t('usedUpTitle')}>
          {t('usedUpBody')}
        </Notice>
      ) : null}
    </section>
  );
}
