'use client';

import { Button, Card, formatMoney, TextAreaField, useCommandForm } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorText, usePageLocale } from '@/i18n/error-text';

/** A payment held for review (late, mismatched, wallet not active): accept the money into the wallet, with a note. */
export function ResolveReviewForm({ paymentId, amount }: { paymentId: string; amount: number }) {
  const t = useTranslations('payments.review');
  const locale = usePageLocale();
  const form = useCommandForm({ fields: ['note'], mutate: (c, n: string, o) => c.payments.resolveReview.mutate({ paymentId, note: n }, o), errorText: useErrorText('payments') });
  const { trpc, queryClient } = form;
  const [note, setNote] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = note.trim();
    if (!form.valid({ note: n ? undefined : t('noteRequired') })) return;
    form.send(n, {
      success: (view) => t('accepted', { amount: formatMoney(view.credited, locale) }),
      onDone: (view) => {
        setNote('');
        queryClient.setQueryData(trpc.payments.detail.queryKey({ paymentId }), (old) => (old ? { ...old, payment: view } : old));
        void queryClient.invalidateQueries(trpc.payments.pathFilter());
      },
    });
  };

  return (
    <Card title={t('title')} titleId="review-heading">
      <form noValidate onSubmit={submit} className="space-y-3" aria-labelledby="review-heading">
        <p className="text-sm text-slate-600">{t('explain', { amount: formatMoney(amount, locale) })}</p>
        <TextAreaField label={t('note')} rows={2} maxLength={500} {...form.bind('note', note, setNote)} />
        <Button type="submit" loading={form.isPending}>
          {t('accept')}
        </Button>
      </form>
    </Card>
  );
}
