'use client';

import { EmptyState, formatDate, RetryNotice, SelectField, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { TopUpsCard } from '@/components/payments/top-ups-card';
import { Link } from '@/i18n/navigation';
import { BalanceCard } from './balance-card';
import { HistoryCard } from './history-card';
import { HoldsCard } from './holds-card';
import { PharmacyRequestsCard } from './pharmacy-requests-card';
import { TransferCard } from './transfer-card';

/** The patient's wallet page: pharmacy payment requests, balance, top up, send money, holds, top-ups, history. */
export function WalletHome({ myPhone }: { myPhone: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const locale = useLocale();
  // A wallet opened moments ago (registration) reaches the read model within a projector batch: look again.
  const wallets = useQuery({ ...trpc.wallet.mine.queryOptions(), refetchInterval: (q) => (q.state.data?.length === 0 ? 1_000 : false) });
  const [chosen, setChosen] = useState<string | null>(null);

  if (wallets.isPending) return <WalletSkeleton label={t('common.loading')} />;
  if (wallets.isError) return <RetryNotice title={t('common.loadError')} retry={t('common.retry')} onRetry={wallets.refetch} />;
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
          {wallet.status === 'active' ? (
            <Link
              href={{ pathname: '/top-up', query: { wallet: wallet.walletId } }}
              className="flex h-12 w-full items-center justify-center gap-2 rounded-xl bg-teal-700 px-5 text-base font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
            >
              <span aria-hidden="true">+</span>
              {t('wallet.topUp')}
            </Link>
          ) : null}
          <TransferCard wallet={wallet} myPhone={myPhone} />
          <HoldsCard walletId={wallet.walletId} />
        </div>
        <div className="space-y-4">
          <TopUpsCard />
          <HistoryCard walletId={wallet.walletId} />
        </div>
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
