'use client';

import { Button, EmptyState, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { TopUpForm } from './top-up-form';

/** The top-up page's body: the wallet to fill (the one the wallet page chose, else the active one) and the form. */
export function TopUpScreen({ walletId }: { walletId: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const wallets = useQuery(trpc.wallet.mine.queryOptions());

  if (wallets.isPending) return <div role="status" aria-label={t('common.loading')} className="h-96 animate-pulse rounded-2xl bg-slate-200" />;
  if (wallets.isError) {
    return (
      <Notice tone="error" title={t('common.loadError')}>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void wallets.refetch()}>
          {t('common.retry')}
        </Button>
      </Notice>
    );
  }
  const active = wallets.data.filter((w) => w.status === 'active');
  const wallet = active.find((w) => w.walletId === walletId) ?? active[0];
  if (!wallet) {
    return (
      <EmptyState title={t('topUp.noWallet')}>
        <Link href="/" className="font-medium text-teal-800 underline">
          {t('topUp.backToWallet')}
        </Link>
      </EmptyState>
    );
  }
  return <TopUpForm walletId={wallet.walletId} />;
}
