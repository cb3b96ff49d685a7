'use client';

import { Button, Card, errorInfo, formatMoney, isClientError, Notice, TextAreaField, TextField, toast, useSubmissionKey, useTRPC, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorText, usePageLocale } from '@/i18n/error-text';
import { RefundChoices } from './refund-choices';
import { RefundConfirm } from './refund-confirm';
import { canVoid, checkRefund, type Payment, type Refund, type RefundFieldError } from './refund-rules';

/** Refund all or part of a top-up (finance, superadmin): fill in → confirm → the wallet is debited at once. */
export function RefundForm({ payment }: { payment: Payment }) {
  const t = useTranslations('payments.refund');
  const locale = usePageLocale();
  const errorText = useErrorText('payments');
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
  const voiding = kind === 'void' && voidable;
  const say = (e: RefundFieldError | undefined) => (e ? t(`errors.${e.key}`, { amount: formatMoney(e.amount ?? 0, locale) }) : undefined);

  if (payment.refundable <= 0) {
    return (
      <Card title={t('title')} titleId="refund-heading">
        <Notice>{t('nothingLeft')}</Notice>
      </Card>
    );
  }

  const toReview = (e: FormEvent) => {
    e.preventDefault();
    const checked = checkRefund(payment, { full: scope === 'full' || kind === 'void', amount, reason, kind: voidable ? kind : 'refund' });
    setErrors(checked.ok ? {} : { amount: say(checked.errors.amount), reason: say(checked.errors.reason) });
    if (checked.ok) setReview(checked.refund);
  };

  const send = (r: Refund) =>
    refund.mutate(r, {
      onSuccess: (view) => {
        toast.success(t(`done.${r.kind}`, { amount: formatMoney(r.amount, locale) }));
        submission.reset();
        setReview(null);
        setAmount('');
        setReason('');
        queryClient.setQueryData(trpc.payments.detail.queryKey({ paymentId: payment.paymentId }), (old) => (old ? { ...old, payment: view } : old));
        void queryClient.invalidateQueries(trpc.payments.pathFilter());
        void queryClient.invalidateQueries(trpc.wallet.pathFilter());
      },
      onError: (error) => {
        const code = errorInfo(error).code;
        const text = errorText(error);
        toast.error(text);
        // Refused as it stands: edit it. No answer / provider down: confirming again reuses the same key.
        if (isClientError(error)) {
          setReview(null);
          submission.reset();
          if (code === 'REFUND_EXCEEDS_PAYMENT' || code === 'INSUFFICIENT_FUNDS') setErrors({ amount: text });
        }
      },
    });

  if (review) {
    return <RefundConfirm payment={payment} refund={review} pending={refund.isPending} onConfirm={() => send(review)} onBack={() => setReview(null)} />;
  }

  return (
    <Card title={t('title')} titleId="refund-heading">
      <form noValidate onSubmit={toReview} className="space-y-4" aria-labelledby="refund-heading">
        <p className="text-sm text-slate-600">
          {t.rich('refundableNow', { amount: formatMoney(payment.refundable, locale), strong: (c) => <strong>{c}</strong> })}
        </p>
        <RefundChoices
          voidable={voidable}
          refundable={payment.refundable}
          kind={kind}
          scope={scope}
          onKind={(k) => {
            setKind(k);
            submission.reset();
          }}
          onScope={(s) => {
            setScope(s);
            submission.reset();
          }}
        />
        {scope === 'partial' && !voiding ? (
          <TextField
            label={t('amount')}
            inputMode="decimal"
            autoComplete="off"
            error={errors.amount}
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value);
              setErrors((er) => ({ ...er, amount: undefined }));
              submission.reset();
            }}
          />
        ) : errors.amount ? (
          <Notice tone="error">{errors.amount}</Notice>
        ) : null}
        <TextAreaField
          label={t('reason')}
          rows={2}
          maxLength={500}
          error={errors.reason}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setErrors((er) => ({ ...er, reason: undefined }));
            submission.reset();
          }}
        />
        <Button type="submit">{t('review')}</Button>
      </form>
    </Card>
  );
}
