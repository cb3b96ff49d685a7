'use client';

import { Button, EmptyState, errorInfo, englishMessageFor, Notice, useTRPC } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { AuditTrail } from './audit-trail';
import { CreditForm } from './credit-form';
import { HistoryTable } from './history-table';
import { StatusActions } from './status-actions';
import { WalletSummary } from './wallet-summary';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One wallet for staff: what it holds, what can be done to it, what happened to it. */
export function WalletDetail({ walletId }: { walletId: string }) {
  const trpc = useTRPC();
  const valid = UUID.test(walletId);
  const wallet = useQuery({ ...trpc.wallet.get.queryOptions({ walletId }), enabled: valid });

  if (!valid || (wallet.isError && ['WALLET_NOT_FOUND', 'VALIDATION_FAILED'].includes(errorInfo(wallet.error).code))) {
    return (
      <EmptyState title="Wallet not found">
        It may not have been projected yet, or the id is wrong.{' '}
        <Link href="/wallets" className="font-medium text-teal-800 underline">
          Back to wallets
        </Link>
      </EmptyState>
    );
  }
  if (wallet.isError) {
    return (
      <Notice tone="error" title={englishMessageFor(wallet.error)}>
        <Button variant="secondary" size="sm" className="mt-2" onClick={() => void wallet.refetch()}>
          Try again
        </Button>
      </Notice>
    );
  }
  if (wallet.isPending) return <div role="status" aria-label="Loading wallet" className="h-64 animate-pulse rounded-2xl bg-slate-200" />;

  const w = wallet.data;
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/wallets" className="text-teal-800 hover:underline">
          Wallets
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-400">
          /
        </span>
        <span aria-current="page" className="text-slate-600">
          {w.ownerName ?? w.ownerId}
        </span>
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
