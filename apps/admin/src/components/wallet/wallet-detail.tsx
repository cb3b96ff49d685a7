'use client';

import { isMissing, RecordStatus, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { AuditTrail } from './audit-trail';
import { CreditForm } from './credit-form';
import { HistoryTable } from './history-table';
import { StatusActions } from './status-actions';
import { WalletSummary } from './wallet-summary';
import { useWalletErrorText } from './wallet-text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One wallet for staff: what it holds, what can be done to it, what happened to it. */
export function WalletDetail({ walletId }: { walletId: string }) {
  const t = useTranslations('wallets');
  const errorText = useWalletErrorText();
  const trpc = useTRPC();
  const valid = UUID.test(walletId);
  const wallet = useQuery({ ...trpc.wallet.get.queryOptions({ walletId }), enabled: valid });

  if (!valid || !wallet.isSuccess) {
    return (
      <RecordStatus
        missing={!valid || (wallet.isError && isMissing(wallet.error, 'WALLET_NOT_FOUND'))}
        query={wallet}
        text={{ notFound: t('detail.notFound'), notFoundHint: t('detail.notFoundHint'), loading: t('detail.loading'), tryAgain: t('tryAgain') }}
        errorText={errorText}
        back={<Link href="/wallets" className="font-medium text-teal-800 underline">{t('detail.back')}</Link>}
      />
    );
  }

  const w = wallet.data;
  return (
    <div className="space-y-4">
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/wallets" className="text-teal-800 hover:underline">
          {t('title')}
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-400">
          /
        </span>
        <bdi aria-current="page" className="text-slate-600">
          {w.ownerName ?? w.ownerId}
        </bdi>
      </nav>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:items-start">
        <div className="space-y-4">
          <WalletSummary wallet={w} />
          <StatusActions wallet={w} />
          <CreditForm wallet={w} />
        </div>
        <div className="space-y-4">
          <HistoryTable walletId={w.walletId} />
          <AuditTrail walletId={w.walletId} />
        </div>
      </div>
    </div>
  );
}
