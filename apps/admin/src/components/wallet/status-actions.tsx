'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, englishMessageFor, TextAreaField, toast, useTRPC, useWalletRefresh } from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

type Wallet = RouterOutputs['wallet']['get'];
type WithReason = 'suspend' | 'close';

const done = { activate: 'Wallet activated', reactivate: 'Wallet reactivated', suspend: 'Wallet suspended', close: 'Wallet closed' } as const;

/** Lifecycle actions the wallet's status allows; suspending and closing need a reason (kept in the audit trail). */
export function StatusActions({ wallet }: { wallet: Wallet }) {
  const trpc = useTRPC();
  const refresh = useWalletRefresh();
  const [asking, setAsking] = useState<WithReason | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const change = useMutation(
    trpc.wallet.changeStatus.mutationOptions({
      onSuccess: async (snapshot, input) => {
        toast.success(done[input.action]);
        setAsking(null);
        setReason('');
        await refresh(snapshot);
      },
      onError: (error) => toast.error(englishMessageFor(error)),
    }),
  );

  const { status, walletId } = wallet;
  if (status === 'closed') {
    return (
      <Card title="Status" titleId="status-heading">
        <p className="text-sm text-slate-600">This wallet is closed. Closed wallets can&apos;t be reopened.</p>
      </Card>
    );
  }

  const submitReason = (e: FormEvent) => {
    e.preventDefault();
    if (!asking) return;
    if (reason.trim().length < 3) return setReasonError('Give a reason of at least 3 characters.');
    change.mutate({ walletId, action: asking, reason: reason.trim() });
  };

  return (
    <Card title="Status" titleId="status-heading">
      {asking ? (
        <form onSubmit={submitReason} className="space-y-3" aria-label={asking === 'suspend' ? 'Suspend wallet' : 'Close wallet'}>
          <TextAreaField
            label={asking === 'suspend' ? 'Reason for suspension' : 'Reason for closing'}
            hint="Recorded in the audit trail."
            error={reasonError}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setReasonError(undefined);
            }}
          />
          {asking === 'close' ? <p className="text-sm text-slate-600">A wallet can only be closed once its balance and holds are zero.</p> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" loading={change.isPending}>
              {asking === 'suspend' ? 'Confirm suspension' : 'Confirm closing'}
            </Button>
            <Button variant="secondary" disabled={change.isPending} onClick={() => setAsking(null)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          {status === 'pending' ? (
            <Button loading={change.isPending} onClick={() => change.mutate({ walletId, action: 'activate' })}>
              Activate
            </Button>
          ) : null}
          {status === 'suspended' ? (
            <Button loading={change.isPending} onClick={() => change.mutate({ walletId, action: 'reactivate' })}>
              Reactivate
            </Button>
          ) : null}
          {status === 'active' ? (
            <Button variant="secondary" onClick={() => setAsking('suspend')}>
              Suspend…
            </Button>
          ) : null}
          <Button variant="secondary" className="text-red-700" onClick={() => setAsking('close')}>
            Close…
          </Button>
        </div>
      )}
    </Card>
  );
}
