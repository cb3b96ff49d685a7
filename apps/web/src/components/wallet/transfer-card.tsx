'use client';

import type { RouterOutputs } from '@healthpay/api';
import {
  Button,
  Card,
  errorInfo,
  formatEgyptianMobile,
  formatMoney,
  isClientError,
  newUuid,
  normalizeEgyptianMobile,
  Notice,
  parseAmount,
  TextField,
  toast,
  useTRPCClient,
  useWalletRefresh,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useErrorText } from '@/lib/use-error-text';
import { TransferConfirm } from './transfer-confirm';
import { transferErrorText, type FieldErrors, type Fields, type Pending } from './transfer-errors';

type Wallet = RouterOutputs['wallet']['mine'][number];

const NOTE_MAX = 200;
/** Phone numbers and amounts are typed left to right, even on an Arabic page. */
const NUMBERS = { dir: 'ltr', className: 'rtl:text-right' } as const;

/** Keeps a phone number's digit groups in order inside Arabic text (Unicode isolates). */
const ltr = (s: string) => `\u2066${s}\u2069`;

/** Send money to another patient by mobile number: fill in → review → confirm → toast. */
export function TransferCard({ wallet, myPhone }: { wallet: Wallet; myPhone: string | null }) {
  const t = useTranslations('transfer');
  const locale = useLocale();
  const client = useTRPCClient();
  const refresh = useWalletRefresh();
  const errorText = useErrorText();
  const [fields, setFields] = useState<Fields>({ phone: '', amount: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState<Pending | null>(null);
  const [unanswered, setUnanswered] = useState(false);

  const transfer = useMutation({
    mutationFn: (p: Pending) => client.wallet.transfer.mutate(p.input, withIdempotencyKey(p.idempotencyKey)),
  });

  if (wallet.status !== 'active') {
    return (
      <Card title={t('heading')} titleId="transfer-heading">
        <Notice>{t('unavailable')}</Notice>
      </Card>
    );
  }

  const field = (k: keyof Fields) => ({
    name: k,
    value: fields[k],
    error: errors[k],
    onChange: (e: { target: { value: string } }) => {
      setFields((f) => ({ ...f, [k]: e.target.value }));
      setErrors((er) => ({ ...er, [k]: undefined }));
    },
  });

  const review = (e: FormEvent) => {
    e.preventDefault();
    const next: FieldErrors = {};
    const phone = normalizeEgyptianMobile(fields.phone);
    if (!phone) next.phone = t('invalid.phone');
    else if (phone === myPhone) next.phone = t('invalid.self');
    const amount = parseAmount(fields.amount);
    if (!amount.ok) next.amount = t(`invalid.amount.${amount.error}`);
    else if (amount.piasters > wallet.available) next.amount = t('invalid.overAvailable', { available: formatMoney(wallet.available, locale) });
    if (fields.note.trim().length > NOTE_MAX) next.note = t('invalid.noteTooLong');
    setErrors(next);
    if (Object.keys(next).length > 0 || !phone || !amount.ok) return;
    setUnanswered(false);
    setPending({
      phone,
      idempotencyKey: newUuid(),
      input: {
        transferId: newUuid(),
        fromWalletId: wallet.walletId,
        to: { phone },
        amount: amount.piasters,
        reference: fields.note.trim() || undefined,
      },
    });
  };

  const confirm = (p: Pending) => {
    transfer.mutate(p, {
      onSuccess: async (result) => {
        toast.success(t('success', { amount: formatMoney(p.input.amount, locale), phone: ltr(formatEgyptianMobile(p.phone)) }));
        setPending(null);
        setFields({ phone: '', amount: '', note: '' });
        await refresh(result.wallet);
      },
      onError: (error) => {
        const info = errorInfo(error);
        const message = transferErrorText(info, wallet.walletId, errorText);
        toast.error(message.text);
        if (isClientError(error)) {
          // The server refused this request as it is: back to the form (a new submission gets a new key).
          setPending(null);
          setErrors(message.field ? { [message.field]: message.text } : {});
        } else {
          // No answer, or a server fault: the transfer may or may not have happened. Retrying this same
          // submission is safe, as it carries the same Idempotency-Key.
          setUnanswered(true);
        }
      },
    });
  };

  if (pending) {
    return <TransferConfirm pending={pending} unanswered={unanswered} busy={transfer.isPending} onConfirm={() => confirm(pending)} onEdit={() => setPending(null)} />;
  }

  return (
    <Card title={t('heading')} titleId="transfer-heading">
      <form noValidate onSubmit={review} className="space-y-4" aria-labelledby="transfer-heading">
        <TextField label={t('recipient')} hint={t('recipientHint')} type="tel" inputMode="tel" autoComplete="tel" {...field('phone')} {...NUMBERS} />
        <TextField label={t('amount')} hint={t('amountHint', { available: formatMoney(wallet.available, locale) })} inputMode="decimal" autoComplete="off" {...field('amount')} {...NUMBERS} />
        <TextField label={t('note')} maxLength={NOTE_MAX} {...field('note')} />
        <Button type="submit" className="w-full">
          {t('review')}
        </Button>
      </form>
    </Card>
  );
}

