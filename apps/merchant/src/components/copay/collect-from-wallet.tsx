'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, englishErrorMessages, errorInfo, formatMoney, Money, Notice, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CopayCodeForm } from './copay-code-form';

type Requested = RouterOutputs['copay']['request'];
type CopayView = RouterOutputs['copay']['status'];

const time = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Africa/Cairo' }).format(new Date(iso));

/** Why the wallet cannot pay (the pharmacist collects cash instead), or null for errors worth a toast only. */
function walletRefusal(code: string, details: Record<string, unknown>): string | null {
  switch (code) {
    case 'INSUFFICIENT_FUNDS':
      return typeof details.available === 'number'
        ? `Not enough money in the patient's wallet (${formatMoney(details.available, 'en')} available).`
        : "Not enough money in the patient's wallet.";
    case 'COPAY_NO_WALLET':
      return 'The patient has no active HealthPay wallet.';
    case 'WALLET_NOT_ACTIVE':
      return "The patient's wallet is not active.";
    case 'DAILY_LIMIT_EXCEEDED':
    case 'MONTHLY_LIMIT_EXCEEDED':
      return "This would go over the patient's wallet spending limit.";
    case 'COPAY_NOT_DUE':
      return 'Nothing is left to collect from the wallet for this claim.';
    default:
      return null;
  }
}

/**
 * After a claim: take the patient's share from their HealthPay wallet. A code goes to the patient by SMS;
 * the pharmacist types it (or the patient approves in the app, which this screen notices by polling).
 * Whenever the wallet cannot pay, the answer is the same: collect the amount in cash.
 */
export function CollectFromWallet({ cardId, prescriptionId, amount }: { cardId: string; prescriptionId: string; amount: number }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState<Requested | null>(null);
  const [settled, setSettled] = useState<CopayView | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const cash = formatMoney(amount, 'en');

  const waiting = requested !== null && settled === null;
  const status = useQuery({
    ...trpc.copay.status.queryOptions({ collectionId: requested?.collectionId ?? '' }),
    enabled: waiting,
    refetchInterval: (q) => (q.state.data?.status === 'requested' || !q.state.data ? 2_000 : false),
  });
  const polled = waiting && status.data?.collectionId === requested.collectionId && status.data.status !== 'requested' ? status.data : null;
  const outcome = settled ?? polled;

  const done = async (view: CopayView | null) => {
    if (view) setSettled(view);
    else await status.refetch();
    await queryClient.invalidateQueries(trpc.claims.pathFilter());
  };

  const request = useMutation({
    mutationFn: () => client.copay.request.mutate({ cardId, prescriptionId }),
    onSuccess: (r) => {
      setRequested(r);
      setSettled(null);
      setRefused(null);
    },
    onError: (error) => {
      const info = errorInfo(error);
      const reason = walletRefusal(info.code, info.details);
      if (reason) return setRefused(reason);
      const wait = typeof info.details.retryAfterSeconds === 'number' ? info.details.retryAfterSeconds : null;
      toast.error(info.code === 'RATE_LIMITED' && wait ? `A new code can be sent in ${wait} s.` : englishErrorMessages[info.code]);
    },
  });
  const cancel = useMutation({
    mutationFn: (collectionId: string) => client.copay.cancel.mutate({ collectionId }),
    onSuccess: (view) => void done(view),
    onError: (error) => {
      toast.error(englishErrorMessages[errorInfo(error).code]);
      void status.refetch();
    },
  });

  return (
    <section aria-labelledby="copay-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="copay-heading" className="text-base font-semibold">
        Collect from wallet
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-600">
        The patient&apos;s share: <Money piasters={amount} locale="en" className="font-semibold text-slate-900" />
      </p>

      {outcome?.status === 'collected' ? (
        <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p className="font-medium">
            <Money piasters={amount} locale="en" /> collected from the patient&apos;s wallet.
          </p>
          <p className="mt-1">{outcome.channel === 'portal' ? 'The patient approved in the HealthPay app.' : 'The code was right.'} Nothing to collect at the counter.</p>
        </div>
      ) : outcome?.status === 'cancelled' ? (
        <Notice tone="info" title="Wallet payment cancelled.">Collect {cash} in cash.</Notice>
      ) : outcome?.status === 'expired' && requested ? (
        <div className="space-y-3">
          <Notice tone="warning" title="The code expired.">Send a new code, or collect {cash} in cash.</Notice>
          <Button loading={request.isPending} onClick={() => request.mutate()}>
            Send a new code
          </Button>
        </div>
      ) : requested ? (
        <div className="space-y-4">
          <p role="status" className="text-sm text-slate-700">
            {requested.codeSent ? (
              <>
                Code sent by SMS to the patient&apos;s phone ending in <bdi className="font-mono">{requested.phoneEnding}</bdi>, valid until{' '}
                {time(requested.expiresAt)}. The patient can also approve in the HealthPay app: this screen updates by itself.
              </>
            ) : (
              <>
                The code could not be texted right now. The patient can approve in the HealthPay app until {time(requested.expiresAt)}: this
                screen updates by itself. Or cancel and collect {cash} in cash.
              </>
            )}
          </p>
          <CopayCodeForm key={requested.collectionId} collectionId={requested.collectionId} onSettled={(view) => void done(view)} />
          <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-4">
            <Button variant="secondary" loading={cancel.isPending} onClick={() => cancel.mutate(requested.collectionId)}>
              Cancel, patient pays cash
            </Button>
            <Button variant="ghost" loading={request.isPending} onClick={() => request.mutate()}>
              Send a new code
            </Button>
          </div>
        </div>
      ) : (
        <div className="space-y-3">
          {refused ? <Notice tone="warning" title={refused}>Collect {cash} in cash.</Notice> : null}
          <p className="text-sm text-slate-600">We text the patient a code to approve the payment, or they approve it in the HealthPay app.</p>
          <Button loading={request.isPending} onClick={() => request.mutate()}>
            {refused ? 'Try the wallet again' : 'Collect from wallet'}
          </Button>
        </div>
      )}
    </section>
  );
}
