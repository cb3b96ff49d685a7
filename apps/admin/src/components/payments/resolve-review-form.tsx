'use client';

import { Button, Card, englishMessageFor, formatMoney, TextAreaField, toast, useTRPC, useTRPCClient } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

/** A payment held for review (late, mismatched, wallet not active): accept the money into the wallet, with a note. */
export function ResolveReviewForm({ paymentId, amount }: { paymentId: string; amount: number }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const resolve = useMutation({ mutationFn: (n: string) => client.payments.resolveReview.mutate({ paymentId, note: n }) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = note.trim();
    if (!n) return setError('Write a note: why this payment is accepted.');
    resolve.mutate(n, {
      onSuccess: (view) => {
        toast.success(`Accepted ${formatMoney(view.credited, 'en')} into the wallet`);
        setNote('');
        queryClient.setQueryData(trpc.payments.detail.queryKey({ paymentId }), (old) => (old ? { ...old, payment: view } : old));
        void queryClient.invalidateQueries(trpc.payments.pathFilter());
      },
      onError: (err) => toast.error(englishMessageFor(err)),
    });
  };

  return (
    <Card title="Review" titleId="review-heading">
      <form noValidate onSubmit={submit} className="space-y-3" aria-labelledby="review-heading">
        <p className="text-sm text-slate-600">
          The provider reports {formatMoney(amount, 'en')} paid, but it was not credited automatically. Check the notifications below, then
          accept it into the wallet.
        </p>
        <TextAreaField
          label="Note"
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
          Accept into wallet
        </Button>
      </form>
    </Card>
  );
}
