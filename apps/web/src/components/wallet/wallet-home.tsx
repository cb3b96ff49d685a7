'use client';

import { Button, EmptyState, formatDate, Notice, SelectField, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { BalanceCard } from './balance-card';
import { HistoryCard } from './history-card';
import { HoldsCard } from './holds-card';
import { PharmacyRequestsCard } from './pharmacy-requests-card';
import { TransferCard } from './transfer-card';

/** The patient's wallet page: pharmacy payment requests, balance, send money, holds, history. */
export function WalletHome({ myPhone }: { myPhone: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const locale = useLocale();
  const wallets = useQuery(trpc.wallet.mine.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);

  if (wallets.isPending) return <WalletSkeleton label={t('common.loading')} />;
  if (wallets.isError) {
    return (
      <Notice tone="error" title={t('common.loadError')}>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void wallets.refetch()}>
          {t('common.retry')}
        </Button>
      </Notice>
    );
  }
  const list = wallets.data;
  const wallet = list.find((w) => w.walletId === chosen) ?? list.find((w) => w.status !== 'closed') ?? list[0];
  if (!wallet) return <EmptyState title={t('wallet.noWalletTitle')}>{t('wallet.noWalletBody')}</EmptyState>;

  return (
    <div className="space-y-4">
      {list.length > 1 ? (
        <SelectField label={t('wallet.chooseWallet')} value={wallet.walletId} onChange={(e) => setChosen(e.target.value)}>
          {list.map((w) => (
            <option key={w.walletId} value={w.walletId}>
              {t('wallet.walletOption', { date: formatDate(w.openedAt, locale) })} · {t(`wallet.status.${w.status}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start">
        <div className="space-y-4">
          <PharmacyRequestsCard />
          <BalanceCard wallet={wallet} />
          <TransferCard wallet={wallet} myPhone={myPhone} />
          <HoldsCard walletId={wallet.walletId} />
        </div>
        <HistoryCard walletId={wallet.walletId} />
      </div>
    </div>
  );
}

function WalletSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <div className="h-44 animate-pulse rounded-2xl bg-teal-100" />
      <div className="h-72 animate-pulse rounded-2xl bg-slate-200" />
    </div>
  );
}
