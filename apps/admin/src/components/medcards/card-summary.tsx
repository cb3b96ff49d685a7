import type { RouterOutputs } from '@healthpay/api';
import { capitalize, formatDate, formatDateTime, formatEgyptianMobile, Money } from '@healthpay/ui';
import type { ReactNode } from 'react';
import { CardStatusBadge } from './card-status-badge';

type CardDetail = RouterOutputs['medcard']['get'];

function Row({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3 py-2">
      <dt id={id} className="text-slate-600">
        {label}
      </dt>
      <dd aria-labelledby={id} className="min-w-0 text-end font-medium">
        {children}
      </dd>
    </div>
  );
}

/** Who holds the card, its terms and this month's benefit. */
export function CardSummary({ card: c }: { card: CardDetail }) {
  const usedPercent = c.monthlyLimit > 0 ? Math.min(100, Math.round((c.benefitUsed / c.monthlyLimit) * 100)) : 100;
  return (
    <section aria-labelledby="card-holder" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 id="card-holder" className="text-xl font-semibold">
            {c.holder.name}
          </h1>
          <p className="mt-0.5 font-mono text-sm text-slate-600">{c.cardId}</p>
        </div>
        <CardStatusBadge status={c.status} />
      </div>
      {c.statusReason && (c.status === 'suspended' || c.status === 'closed') ? (
        <p className="mt-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900">Reason: {c.statusReason}</p>
      ) : null}
      <div className="mt-4">
        <div className="flex justify-between text-xs text-slate-600">
          <span>Used this month</span>
          <span>{usedPercent}%</span>
        </div>
        <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          <div className="h-full rounded-full bg-teal-600" style={{ width: `${usedPercent}%` }} />
        </div>
      </div>
      <dl className="mt-3 divide-y divide-slate-100 text-sm">
        <Row id="card-tier" label="Tier">
          {capitalize(c.tier)}
        </Row>
        <Row id="card-limit" label="Monthly limit">
          <Money piasters={c.monthlyLimit} locale="en" />
        </Row>
        <Row id="card-copay" label="Copayment">
          {c.copaymentPercent}%
        </Row>
        <Row id="card-used" label="Used this month">
          <Money piasters={c.benefitUsed} locale="en" />
        </Row>
        <Row id="card-remaining" label="Remaining this month">
          <Money piasters={c.remainingBenefit} locale="en" />
        </Row>
        <Row id="card-expiry" label="Valid through">
          {formatDate(c.expiresAt, 'en')}
        </Row>
        <Row id="card-insurance" label="Insurance">
          {c.insurance ? (
            <>
              {c.insurance.provider} <span className="block font-mono text-xs font-normal text-slate-500">{c.insurance.policyNumber}</span>
            </>
          ) : (
            'None'
          )}
        </Row>
        <Row id="card-phone" label="Phone">
          <span className="tabular-nums">{c.holderPhone ? formatEgyptianMobile(c.holderPhone) : '—'}</span>
        </Row>
        <Row id="card-user" label="Holder user id">
          <span className="font-mono text-xs">{c.holder.userId}</span>
        </Row>
        <Row id="card-issued" label="Issued">
          {formatDateTime(c.issuedAt, 'en')}
        </Row>
        <Row id="card-updated" label="Last change">
          {formatDateTime(c.updatedAt, 'en')} · v{c.version}
        </Row>
      </dl>
    </section>
  );
}
