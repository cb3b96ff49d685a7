'use client';

import type { RouterOutputs } from '@healthpay/api';
import { Button, Card, formatMoney, Notice, parseAmount, TextField, useIdempotentCommand, useTRPCClient, useWalletRefresh, withIdempotencyKey } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { usePortalLocale, useWalletErrorText } from './wallet-text';

type Wallet = RouterOutputs['wallet']['get'];
type Review = { piasters: number; reference: string };

/** Put money into a wallet (cash deposit at a branch, goodwill credit). Reviewed before it is sent. */
export function CreditForm({ wallet }: { wallet: Wallet }) {
  const t = useTranslations('wallets');
  const locale = usePortalLocale();
  const client = useTRPCClient();
  const refresh = useWalletRefresh();
  const command = useIdempotentCommand({
    run: (r: Review, key: string) => client.wallet.credit.mutate({ walletId: wallet.walletId, amount: r.piasters, reference: r.reference }, withIdempotencyKey(key)),
    errorText: useWalletErrorText(),
    afterSuccess: refresh,
  });
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; reference?: string }>({});
  const [review, setReview] = useState<Review | null>(null);
  const owner = wallet.ownerName ?? wallet.ownerId;

  if (wallet.status !== 'active') {
    return (
      <Card title={t('credit.title')} titleId="credit-heading">
        <Notice>{t('credit.onlyActive')}</Notice>
      </Card>
    );
  }

  const edit = (set: (v: string) => void, field: 'amount' | 'reference') => (e: { target: { value: string } }) => {
    set(e.target.value);
    setErrors((er) => ({ ...er, [field]: undefined }));
    command.changed(); // a different request gets a different Idempotency-Key
  };

  const toReview = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAmount(amount);
    const ref = reference.trim();
    const next = {
      amount: parsed.ok ? undefined : t(`credit.errors.${parsed.error}`),
      reference: ref === '' ? t('credit.errors.referenceEmpty') : ref.length > 200 ? t('credit.errors.referenceLong') : undefined,
    };
    setErrors(next);
    if (parsed.ok && !next.reference) setReview({ piasters: parsed.piasters, reference: ref });
  };

  const send = (r: Review) =>
    command.send(r, {
      success: t('credit.done', { amount: formatMoney(r.piasters, locale), owner }),
      onDone: () => {
        setReview(null);
        setAmount('');
        setReference('');
      },
      // Refused as it stands: edit it. No answer / server fault: confirming again reuses the same key.
      onRefused: () => setReview(null),
    });

  return (
    <Card title={t('credit.title')} titleId="credit-heading">
      {review ? (
        <div className="space-y-3">
          <p className="text-sm">
            {t.rich('credit.review', {
              amount: formatMoney(review.piasters, locale),
              owner,
              reference: review.reference,
              b: (chunks) => <bdi className="break-words font-bold">{chunks}</bdi>,
            })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button loading={command.isPending} onClick={() => send(review)}>
              {t('credit.confirm')}
            </Button>
            <Button variant="secondary" disabled={command.isPending} onClick={() => setReview(null)}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <form noValidate onSubmit={toReview} className="space-y-3" aria-labelledby="credit-heading">
          <TextField label={t('credit.amount')} inputMode="decimal" autoComplete="off" error={errors.amount} value={amount} onChange={edit(setAmount, 'amount')} />
          <TextField
            label={t('credit.reference')}
            hint={t('credit.referenceHint')}
            maxLength={200}
            error={errors.reference}
            value={reference}
            onChange={edit(setReference, 'reference')}
          />
          <Button type="submit">{t('credit.submit')}</Button>
        </form>
      )}
    </Card>
  );
}
