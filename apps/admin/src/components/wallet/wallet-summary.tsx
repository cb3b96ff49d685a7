import type { RouterOutputs } from '@healthpay/api';
import { formatDateTime, Money } from '@healthpay/ui';
import type { ReactNode } from 'react';
import { StatusBadge } from '../status-badge';

type Wallet = RouterOutputs['wallet']['get'];

function Row({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-3 py-2">
      <dt id={id} className="text-slate-600">
        {label}
      </dt>
      <dd aria-labelledby={id} className="text-end font-medium">
        {children}
      </dd>
    </div>
  );
}

export function WalletSummary({ wallet: w }: { wallet: Wallet }) {
  return (
    <section aria-labelledby="wallet-owner" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 id="wallet-owner" className="text-xl font-semibold">
            {w.ownerName ?? w.ownerId}
          </h1>
          <p className="mt-0.5 break-all font-mono text-xs text-slate-500">{w.walletId}</p>
        </div>
        <StatusBadge status={w.status} />
      </div>
      <dl className="mt-4 divide-y divide-slate-100 text-sm">
        <Row id="sum-balance" label="Balance">
          <Money piasters={w.balance} locale="en" className="text-base" />
        </Row>
        <Row id="sum-available" label="Available">
          <Money piasters={w.available} locale="en" />
        </Row>
        <Row id="sum-held" label="Held">
          <Money piasters={w.held} locale="en" />
        </Row>
        <Row id="sum-daily" label="Daily debit limit">
          <Money piasters={w.dailyDebitLimit} locale="en" />
        </Row>
        <Row id="sum-monthly" label="Monthly debit limit">
          <Money piasters={w.monthlyDebitLimit} locale="en" />
        </Row>
        <Row id="sum-phone" label="Phone">
          <span className="tabular-nums">{w.ownerPhone ?? '—'}</span>
        </Row>
        <Row id="sum-owner" label="Owner id">
          <span className="font-mono text-xs">{w.ownerId}</span>
        </Row>
        <Row id="sum-opened" label="Opened">
          {formatDateTime(w.openedAt, 'en')}
        </Row>
        <Row id="sum-updated" label="Last change">
          {formatDateTime(w.updatedAt, 'en')} · v{w.version}
        </Row>
      </dl>
    </section>
  );
}
