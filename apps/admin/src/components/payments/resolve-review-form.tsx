'use client';

import { Button, Card, formatMoney, TextAreaField, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorText, usePageLocale } from '@/i18n/error-text';

/** A payment held for review (late, mismatched, wallet not active): accept the money into the wallet, with a note. */
export function ResolveReviewForm({ paymentId, amount }: { paymentId: string; amount: number }) {
  const t = useTranslations('payments.review');
  const locale = usePageLocale();
  const errorText = useErrorText('payments');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const resolve = useMutation({ mutationFn: (n: string) => client.payments.resolveReview.mutate({ paymentId, note: n }) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = note.trim();
    if (!n) return setError(t('noteRequired'));
    resolve.mutate(n, {
      onSuccess: (view) => {
        toast.success(t('accepted', { amount: formatMoney(view.credited, locale) }));
        setNote('');
        queryClient.setQueryData(trpc.payments.detail.queryKey({ paymentId }), (old) => (old ? { ...old, payment: view } : old));
        void queryClient.invalidateQueries(trpc.payments.pathFilter());
      },
      onError: (err) => toast.error(errorText(err)),
    });
  };

  return (
    <Card title={t('title')} titleId="review-heading">
      <form noValidate onSubmit={submit} className="space-y-3" aria-labelledby="review-heading">
        <p className="text-sm text-slate-600">{t('explain', { amount: formatMoney(amount, locale) })}</p>
        <TextAreaField
          label={t('note')}
          rows={2}
          maxLength={500}
          error={error}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setError(undefined);
          }}
        />
        <Button type="submit" loading={resolve.isPending}>
          {t('accept')}
        </Button>
      </form>
    </Card>
  );
}
