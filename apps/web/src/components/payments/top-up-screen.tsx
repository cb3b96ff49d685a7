'use client';

import { LoadingBlock, RetryNotice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { TopUpForm } from './top-up-form';
import { BackToWallet } from '@/components/page/patient-lists';

/** The top-up page's body: the wallet to fill (the one the wallet page chose, else the active one) and the form. */
export function TopUpScreen({ walletId }: { walletId: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const wallets = useQuery(trpc.wallet.mine.queryOptions());

  if (wallets.isPending) return <LoadingBlock label={t('common.loading')} className="h-96" />;
  if (wallets.isError) return <RetryNotice title={t('common.loadError')} retry={t('common.retry')} onRetry={wallets.refetch} />;
  const active = wallets.data.filter((w) => w.status === 'active');
  const wallet = active.find((w) => w.walletId === walletId) ?? active[0];
  if (!wallet) return <BackToWallet title={t('topUp.noWallet')} back={t('topUp.backToWallet')} />;
  return <TopUpForm walletId={wallet.walletId} />;
}
