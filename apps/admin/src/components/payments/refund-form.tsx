'use client';

import { Button, Card, formatMoney, Notice, TextAreaField, TextField, useCommandForm } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorText, usePageLocale } from '@/i18n/error-text';
import { RefundChoices } from './refund-choices';
import { RefundConfirm } from './refund-confirm';
import { canVoid, checkRefund, type Payment, type Refund, type RefundFieldError } from './refund-rules';

/** Refund all or part of a top-up (finance, superadmin): fill in → confirm → the wallet is debited at once. */
export function RefundForm({ payment, onRefunded }: { payment: Payment; onRefunded?: (view: Payment) => void }) {
  const t = useTranslations('payments.refund');
  const locale = usePageLocale();
  const form = useCommandForm({
    fields: ['amount', 'reason'],
    mutate: (c, r: Refund, o) => c.payments.refund.mutate({ paymentId: payment.paymentId, ...r }, o),
    errorText: useErrorText('payments'),
  });
  const { trpc, queryClient, errors, bind } = form;
  const [scope, setScope] = useState<'full' | 'partial'>('partial');
  const [kind, setKind] = useState<'refund' | 'void'>('refund');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [review, setReview] = useState<Refund | null>(null);
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
    if (form.valid(checked.ok ? {} : { amount: say(checked.errors.amount), reason: say(checked.errors.reason) }) && checked.ok) setReview(checked.refund);
  };

  const send = (r: Refund) =>
    form.send(r, {
      success: t(`done.${r.kind}`, { amount: formatMoney(r.amount, locale) }),
      onDone: (view) => {
        setReview(null);
        setAmount('');
        setReason('');
        queryClient.setQueryData(trpc.payments.detail.queryKey({ paymentId: payment.paymentId }), (old) => (old ? { ...old, payment: view } : old));
        void queryClient.invalidateQueries(trpc.payments.pathFilter());
        void queryClient.invalidateQueries(trpc.wallet.pathFilter());
        onRefunded?.(view);
      },
      // Refused as it stands: edit it. No answer / provider down: confirming again reuses the same key.
      onRefused: ({ code }, text) => {
        setReview(null);
        if (code === 'REFUND_EXCEEDS_PAYMENT' || code === 'INSUFFICIENT_FUNDS') form.setErrors({ amount: text });
      },
    });

  if (review) {
    return <RefundConfirm payment={payment} refund={review} pending={form.isPending} onConfirm={() => send(review)} onBack={() => setReview(null)} />;
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
            form.renewKey();
          }}
          onScope={(s) => {
            setScope(s);
            form.renewKey();
          }}
        />
        {scope === 'partial' && !voiding ? (
          <TextField label={t('amount')} inputMode="decimal" autoComplete="off" {...bind('amount', amount, setAmount)} />
        ) : errors.amount ? (
          <Notice tone="error">{errors.amount}</Notice>
        ) : null}
        <TextAreaField label={t('reason')} rows={2} maxLength={500} {...bind('reason', reason, setReason)} />
        <Button type="submit">{t('review')}</Button>
      </form>
    </Card>
  );
}
