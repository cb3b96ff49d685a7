'use client';

import type { RouterOutputs } from '@healthpay/api';
import {
  Button,
  Card,
  cairoDayOf,
  englishMessageFor,
  errorInfo,
  formatMoney,
  isClientError,
  Notice,
  parseAmount,
  TextAreaField,
  TextField,
  toast,
  useSubmissionKey,
  useTRPC,
  useTRPCClient,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

type Payment = RouterOutputs['payments']['detail']['payment'];
type Refund = { amount: number; reason: string; kind: 'refund' | 'void' };

const amountErrors = {
  empty: 'Enter an amount.',
  invalid: 'Enter an amount like 50 or 50.25.',
  too_many_decimals: 'Use at most two decimals (piasters).',
  not_positive: 'The amount must be more than zero.',
  too_large: 'That amount is too large.',
} as const;

/** Paymob voids the whole transaction, and only on the Cairo day it was paid, before any refund. */
const canVoid = (p: Payment) =>
  p.provider === 'paymob' && p.succeededAt !== null && cairoDayOf(p.succeededAt) === cairoDayOf() && p.refunded === 0 && p.refundPending === 0;

/** Refund all or part of a top-up (finance, superadmin): fill in → confirm → the wallet is debited at once. */
export function RefundForm({ payment }: { payment: Payment }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  const [scope, setScope] = useState<'full' | 'partial'>('partial');
  const [kind, setKind] = useState<'refund' | 'void'>('refund');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reason?: string }>({});
  const [review, setReview] = useState<Refund | null>(null);
  const refund = useMutation({
    mutationFn: (r: Refund) => client.payments.refund.mutate({ paymentId: payment.paymentId, ...r }, withIdempotencyKey(submission.key())),
  });
  const voidable = canVoid(payment);

  if (payment.refundable <= 0) {
    return (
      <Card title="Refund" titleId="refund-heading">
        <Notice>Nothing left to refund on this payment.</Notice>
      </Card>
    );
  }

  const changed = () => submission.reset();

  const toReview = (e: FormEvent) => {
    e.preventDefault();
    const full = scope === 'full' || kind === 'void';
    const parsed = full ? ({ ok: true, piasters: payment.refundable } as const) : parseAmount(amount);
    const next: typeof errors = {};
    if (!parsed.ok) next.amount = amountErrors[parsed.error];
    else if (parsed.piasters > payment.refundable) next.amount = `At most ${formatMoney(payment.refundable, 'en')} can be refunded.`;
    const why = reason.trim();
    if (!why) next.reason = 'Give a reason (kept in the audit log).';
    else if (why.length > 500) next.reason = 'Keep it under 500 characters.';
    setErrors(next);
    if (parsed.ok && !next.amount && !next.reason) setReview({ amount: parsed.piasters, reason: why, kind: voidable ? kind : 'refund' });
  };

  const send = (r: Refund) =>
    refund.mutate(r, {
      onSuccess: (view) => {
        toast.success(`${r.kind === 'void' ? 'Voided' : 'Refunded'} ${formatMoney(r.amount, 'en')}`);
        submission.reset();
        setReview(null);
        setAmount('');
        setReason('');
        queryClient.setQueryData(trpc.payments.detail.queryKey({ paymentId: payment.paymentId }), (old) => (old ? { ...old, payment: view } : old));
        void queryClient.invalidateQueries(trpc.payments.pathFilter());
        void queryClient.invalidateQueries(trpc.wallet.pathFilter());
      },
      onError: (error) => {
        const info = errorInfo(error);
        const refundable = typeof info.details.refundable === 'number' ? info.details.refundable : null;
        const text =
          info.code === 'REFUND_EXCEEDS_PAYMENT' && refundable !== null
            ? `At most ${formatMoney(refundable, 'en')} can still be refunded.`
            : info.code === 'INSUFFICIENT_FUNDS'
              ? "The patient's wallet doesn't hold enough to cover this refund."
              : englishMessageFor(error);
        toast.error(text);
        // Refused as it stands: edit it. No answer / provider down: confirming again reuses the same key.
        if (isClientError(error)) {
          setReview(null);
          submission.reset();
          if (info.code === 'REFUND_EXCEEDS_PAYMENT' || info.code === 'INSUFFICIENT_FUNDS') setErrors({ amount: text });
        }
      },
    });

  if (review) {
    const to = payment.provider === 'paymob' ? "the patient's card" : 'the patient through Fawry';
    return (
      <Card aria-labelledby="refund-confirm-heading">
        <h2 id="refund-confirm-heading" className="mb-3 text-base font-semibold">
          Confirm {review.kind === 'void' ? 'void' : 'refund'}
        </h2>
        <p className="text-sm">
          {review.kind === 'void' ? 'Void' : 'Refund'} <strong>{formatMoney(review.amount, 'en')}</strong> to {to}? The wallet is debited now.
        </p>
        <p className="mt-2 break-words text-sm text-slate-600">Reason: “{review.reason}”</p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button variant="danger" loading={refund.isPending} onClick={() => send(review)}>
            Confirm {review.kind === 'void' ? 'void' : 'refund'}
          </Button>
          <Button variant="secondary" disabled={refund.isPending} onClick={() => setReview(null)}>
            Back
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <Card title="Refund" titleId="refund-heading">
      <form noValidate onSubmit={toReview} className="space-y-4" aria-labelledby="refund-heading">
        <p className="text-sm text-slate-600">
          Refundable now: <strong>{formatMoney(payment.refundable, 'en')}</strong>
        </p>
        {voidable ? (
          <fieldset className="space-y-1 text-sm">
            <legend className="mb-1 font-medium text-slate-700">Kind</legend>
            <Choice name="kind" value="refund" checked={kind === 'refund'} onChange={() => {
              setKind('refund');
              changed();
            }} label="Refund" />
            <Choice name="kind" value="void" checked={kind === 'void'} onChange={() => {
              setKind('void');
              changed();
            }} label="Void (same day, whole payment)" />
          </fieldset>
        ) : null}
        {kind === 'void' && voidable ? null : (
          <fieldset className="space-y-1 text-sm">
            <legend className="mb-1 font-medium text-slate-700">How much</legend>
            <Choice name="scope" value="full" checked={scope === 'full'} onChange={() => {
              setScope('full');
              changed();
            }} label={`Full (${formatMoney(payment.refundable, 'en')})`} />
            <Choice name="scope" value="partial" checked={scope === 'partial'} onChange={() => {
              setScope('partial');
              changed();
            }} label="Partial" />
          </fieldset>
        )}
        {scope === 'partial' && !(kind === 'void' && voidable) ? (
          <TextField
            label="Refund amount (EGP)"
            inputMode="decimal"
            autoComplete="off"
            error={errors.amount}
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value);
              setErrors((er) => ({ ...er, amount: undefined }));
              changed();
            }}
          />
        ) : errors.amount ? (
          <Notice tone="error">{errors.amount}</Notice>
        ) : null}
        <TextAreaField
          label="Reason"
          rows={2}
          maxLength={500}
          error={errors.reason}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setErrors((er) => ({ ...er, reason: undefined }));
            changed();
          }}
        />
        <Button type="submit">Review refund</Button>
      </form>
    </Card>
  );
}

function Choice({ name, value, checked, onChange, label }: { name: string; value: string; checked: boolean; onChange: () => void; label: string }) {
  return (
    <label className="flex items-center gap-2">
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="size-4 accent-teal-700" />
      {label}
    </label>
  );
}
