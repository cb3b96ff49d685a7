'use client';

import type { RouterOutputs } from '@healthpay/api';
import {
  Button,
  Card,
  englishMessageFor,
  formatMoney,
  isClientError,
  Notice,
  parseAmount,
  TextField,
  toast,
  useSubmissionKey,
  useTRPCClient,
  useWalletRefresh,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

type Wallet = RouterOutputs['wallet']['get'];

const amountErrors = {
  empty: 'Enter an amount.',
  invalid: 'Enter an amount like 150 or 150.50.',
  too_many_decimals: 'Use at most two decimals (piasters).',
  not_positive: 'The amount must be more than zero.',
  too_large: 'That amount is too large.',
} as const;

/** Put money into a wallet (cash deposit at a branch, goodwill credit). Reviewed before it is sent. */
export function CreditForm({ wallet }: { wallet: Wallet }) {
  const client = useTRPCClient();
  const refresh = useWalletRefresh();
  const submission = useSubmissionKey();
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reference?: string }>({});
  const [review, setReview] = useState<{ piasters: number; reference: string } | null>(null);
  const credit = useMutation({
    mutationFn: (r: { piasters: number; reference: string }) =>
      client.wallet.credit.mutate({ walletId: wallet.walletId, amount: r.piasters, reference: r.reference }, withIdempotencyKey(submission.key())),
  });

  if (wallet.status !== 'active') {
    return (
      <Card title="Credit" titleId="credit-heading">
        <Notice>Only active wallets can be credited.</Notice>
      </Card>
    );
  }

  const edit = (set: (v: string) => void, field: 'amount' | 'reference') => (e: { target: { value: string } }) => {
    set(e.target.value);
    setErrors((er) => ({ ...er, [field]: undefined }));
    submission.reset(); // a different request gets a different Idempotency-Key
  };

  const toReview = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAmount(amount);
    const ref = reference.trim();
    const next = {
      amount: parsed.ok ? undefined : amountErrors[parsed.error],
      reference: ref === '' ? 'Enter a reference (shown to the patient).' : ref.length > 200 ? 'Keep it under 200 characters.' : undefined,
    };
    setErrors(next);
    if (parsed.ok && !next.reference) setReview({ piasters: parsed.piasters, reference: ref });
  };

  const send = (r: { piasters: number; reference: string }) =>
    credit.mutate(r, {
      onSuccess: async (snapshot) => {
        toast.success(`Credited ${formatMoney(r.piasters, 'en')} to ${wallet.ownerName ?? wallet.ownerId}`);
        submission.reset();
        setReview(null);
        setAmount('');
        setReference('');
        await refresh(snapshot);
      },
      onError: (error) => {
        toast.error(englishMessageFor(error));
        // Refused as it stands: edit it. No answer / server fault: confirming again reuses the same key.
        if (isClientError(error)) setReview(null);
      },
    });

  return (
    <Card title="Credit" titleId="credit-heading">
      {review ? (
        <div className="space-y-3">
          <p className="text-sm">
            Credit <strong>{formatMoney(review.piasters, 'en')}</strong> to <strong>{wallet.ownerName ?? wallet.ownerId}</strong> with reference{' '}
            <strong className="break-words">“{review.reference}”</strong>?
          </p>
          <div className="flex flex-wrap gap-2">
            <Button loading={credit.isPending} onClick={() => send(review)}>
              Confirm credit
            </Button>
            <Button variant="secondary" disabled={credit.isPending} onClick={() => setReview(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={toReview} className="space-y-3" aria-labelledby="credit-heading">
          <TextField label="Amount (EGP)" inputMode="decimal" autoComplete="off" error={errors.amount} value={amount} onChange={edit(setAmount, 'amount')} />
          <TextField
            label="Reference"
            hint="Shown to the patient, e.g. “Cash deposit – Maadi branch”."
            maxLength={200}
            error={errors.reference}
            value={reference}
            onChange={edit(setReference, 'reference')}
          />
          <Button type="submit">Credit wallet</Button>
        </form>
      )}
    </Card>
  );
}
