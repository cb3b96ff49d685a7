import type { RouterOutputs } from '@healthpay/api';
import { Badge, capitalize, formatDate, medcardStatusTone, Money, Notice } from '@healthpay/ui';
import { useId, type ReactNode } from 'react';
import { cardStatusLabel } from '../labels';

export type LookedUpCard = RouterOutputs['medcard']['lookup'];

function Fact({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  const id = useId();
  return (
    <div className="rounded-xl bg-slate-50 p-3">
      <dt id={id} className="text-xs text-slate-600">
        {label}
      </dt>
      <dd aria-labelledby={id} className={strong ? 'mt-0.5 text-lg font-semibold text-emerald-800' : 'mt-0.5 font-medium'}>
        {children}
      </dd>
    </div>
  );
}

/** The card as the counter needs it: whose it is, whether it pays, and how much is left this month. */
export function CardSummary({ card }: { card: LookedUpCard }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">
            MedCard <bdi className="font-mono">{card.cardId}</bdi> · {capitalize(card.tier)}
          </p>
          <h2 id={headingId} className="text-lg font-semibold">
            {card.holderName}
          </h2>
        </div>
        <Badge tone={medcardStatusTone(card.status)}>{cardStatusLabel[card.status] ?? card.status}</Badge>
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        <Fact label="Remaining this month" strong>
          <Money piasters={card.remainingBenefit} locale="en" />
        </Fact>
        <Fact label="Monthly limit">
          <Money piasters={card.monthlyLimit} locale="en" />
        </Fact>
        <Fact label="Used this month">
          <Money piasters={card.benefitUsed} locale="en" />
        </Fact>
        <Fact label="Patient pays">{card.copaymentPercent}% of each drug</Fact>
        <Fact label="Tier">{capitalize(card.tier)}</Fact>
        <Fact label="Expires">{formatDate(card.expiresAt, 'en')}</Fact>
      </dl>
      {card.status !== 'active' ? (
        <Notice tone="warning" title={`This card is ${(cardStatusLabel[card.status] ?? card.status).toLowerCase()}.`}>
          It can&apos;t pay for prescriptions now: a claim on it will be rejected. The patient can contact HealthPay.
        </Notice>
      ) : card.remainingBenefit === 0 ? (
        <Notice tone="warning" title="This month's benefit is used up.">
          Claims are rejected until the first day of next month.
        </Notice>
      ) : null}
    </section>
  );
}
