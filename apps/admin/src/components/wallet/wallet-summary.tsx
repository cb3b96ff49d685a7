'use client';

import type { RouterOutputs } from '@healthpay/api';
import { DefinitionList, formatDateTime, formatNumber, Money } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { StatusBadge } from '../status-badge';
import { usePortalLocale } from './wallet-text';

type Wallet = RouterOutputs['wallet']['get'];

/** Who owns the wallet, what it holds and its limits. */
export function WalletSummary({ wallet: w }: { wallet: Wallet }) {
  const t = useTranslations('wallets');
  const locale = usePortalLocale();
  const money = (piasters: number, className?: string) => <Money piasters={piasters} locale={locale} className={className} />;
  return (
    <section aria-labelledby="wallet-owner" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 id="wallet-owner" dir="auto" className="truncate text-xl font-semibold">
            {w.ownerName ?? w.ownerId}
          </h1>
          <p className="mt-0.5 break-all font-mono text-xs text-slate-500" dir="ltr">{w.walletId}</p>
        </div>
        <StatusBadge status={w.status} />
      </div>
      <DefinitionList
        className="mt-4"
        items={[
          { key: 'balance', term: t('summary.balance'), value: money(w.balance, 'text-base') },
          { key: 'available', term: t('summary.available'), value: money(w.available) },
          { key: 'held', term: t('summary.held'), value: money(w.held) },
          { key: 'daily', term: t('summary.daily'), value: money(w.dailyDebitLimit) },
          { key: 'monthly', term: t('summary.monthly'), value: money(w.monthlyDebitLimit) },
          { key: 'phone', term: t('summary.phone'), value: <bdi className="tabular-nums">{w.ownerPhone ?? t('none')}</bdi> },
          { key: 'owner', term: t('summary.ownerId'), value: <bdi className="font-mono text-xs">{w.ownerId}</bdi> },
          { key: 'opened', term: t('summary.opened'), value: formatDateTime(w.openedAt, locale) },
          {
            key: 'updated',
            term: t('summary.lastChange'),
            value: t('summary.changedAt', { when: formatDateTime(w.updatedAt, locale), version: formatNumber(w.version, locale) }),
          },
        ]}
      />
    </section>
  );
}
