'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import {
  Button,
  Card,
  errorInfo,
  formatEgyptianMobile,
  formatMoney,
  isClientError,
  Money,
  newUuid,
  normalizeEgyptianMobile,
  Notice,
  parseAmount,
  personName,
  TextField,
  toast,
  useTRPC,
  useTRPCClient,
  useWalletRefresh,
  withIdempotencyKey,
  type ErrorInfo,
} from '@healthpay/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useErrorText } from '@/lib/use-error-text';

type Wallet = RouterOutputs['wallet']['mine'][number];
type TransferInput = RouterInputs['wallet']['transfer'];

/** One submission: the same transferId and Idempotency-Key are sent again if the person retries it. */
interface Pending {
  input: TransferInput;
  idempotencyKey: string;
  phone: string;
}

type Fields = { phone: string; amount: string; note: string };
type FieldErrors = Partial<Record<keyof Fields, string>>;

const NOTE_MAX = 200;

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
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  const transfer = useMutation({
    mutationFn: (p: Pending) => client.wallet.transfer.mutate(p.input, withIdempotencyKey(p.idempotencyKey)),
  });

  useEffect(() => {
    if (pending) confirmHeading.current?.focus();
  }, [pending]);

  if (wallet.status !== 'active') {
    return (
      <Card title={t('heading')} titleId="transfer-heading">
        <Notice>{t('unavailable')}</Notice>
      </Card>
    );
  }

  const set = (k: keyof Fields) => (e: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [k]: e.target.value }));
    setErrors((er) => ({ ...er, [k]: undefined }));
  };

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
    return (
      <Card aria-labelledby="confirm-heading">
        <h2 id="confirm-heading" ref={confirmHeading} tabIndex={-1} className="mb-4 text-base font-semibold outline-none">
          {t('confirmHeading')}
        </h2>
        <dl className="space-y-3 rounded-xl bg-slate-50 p-4 text-sm">
          <div className="flex justify-between gap-3">
            <dt className="text-slate-600">{t('confirmAmount')}</dt>
            <dd className="text-lg font-semibold">
              <Money piasters={pending.input.amount} locale={locale} />
            </dd>
          </div>
          <div className="flex justify-between gap-3">
            <dt className="text-slate-600">{t('confirmRecipient')}</dt>
            <dd dir="ltr" className="font-medium tabular-nums">
              {formatEgyptianMobile(pending.phone)}
            </dd>
          </div>
          <RecipientName phone={pending.phone} />
          {pending.input.reference ? (
            <div className="flex justify-between gap-3">
              <dt className="text-slate-600">{t('confirmNote')}</dt>
              <dd className="min-w-0 break-words font-medium">{pending.input.reference}</dd>
            </div>
          ) : null}
        </dl>
        {unanswered ? (
          <div className="mt-4">
            <Notice tone="warning">{t('retryHint')}</Notice>
          </div>
        ) : null}
        <div className="mt-4 flex flex-col gap-2 sm:flex-row-reverse">
          <Button className="w-full sm:flex-1" loading={transfer.isPending} onClick={() => confirm(pending)}>
            {t('confirm')}
          </Button>
          <Button variant="secondary" className="w-full sm:flex-1" disabled={transfer.isPending} onClick={() => setPending(null)}>
            {t('edit')}
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <Card title={t('heading')} titleId="transfer-heading">
      <form noValidate onSubmit={review} className="space-y-4" aria-labelledby="transfer-heading">
        <TextField
          label={t('recipient')}
          hint={t('recipientHint')}
          error={errors.phone}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          dir="ltr"
          className="rtl:text-right"
          value={fields.phone}
          onChange={set('phone')}
        />
        <TextField
          label={t('amount')}
          hint={t('amountHint', { available: formatMoney(wallet.available, locale) })}
          error={errors.amount}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          dir="ltr"
          className="rtl:text-right"
          value={fields.amount}
          onChange={set('amount')}
        />
        <TextField label={t('note')} error={errors.note} name="note" maxLength={NOTE_MAX} value={fields.note} onChange={set('note')} />
        <Button type="submit" className="w-full">
          {t('review')}
        </Button>
      </form>
    </Card>
  );
}

/** The recipient's masked name (first name, initials) so the payer sees whom the number reaches. */
function RecipientName({ phone }: { phone: string }) {
  const t = useTranslations('transfer');
  const locale = useLocale();
  const trpc = useTRPC();
  const recipient = useQuery({ ...trpc.wallet.recipient.queryOptions({ phone }), retry: false, staleTime: Infinity });
  const unknown = recipient.error && errorInfo(recipient.error).code === 'WALLET_NOT_FOUND';
  if (!recipient.data && !unknown) return null;
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-slate-600">{t('confirmName')}</dt>
      <dd className="min-w-0 break-words font-medium" data-testid="recipient-name">
        {recipient.data ? personName(recipient.data, locale) : t('recipientUnknown')}
      </dd>
    </div>
  );
}

/** Errors about the recipient are worded as such and shown under the phone field. */
function transferErrorText(
  info: ErrorInfo,
  fromWalletId: string,
  errorText: ReturnType<typeof useErrorText>,
): { text: string; field?: keyof Fields } {
  const aboutOther = info.details.field === 'to' || (typeof info.details.walletId === 'string' && info.details.walletId !== fromWalletId);
  if (info.code === 'WALLET_NOT_FOUND' && aboutOther) return { text: errorText(info, 'RECIPIENT_NOT_FOUND'), field: 'phone' };
  if ((info.code === 'WALLET_NOT_ACTIVE' || info.code === 'WALLET_CLOSED') && aboutOther) {
    return { text: errorText(info, 'RECIPIENT_UNAVAILABLE'), field: 'phone' };
  }
  if (info.code === 'SAME_WALLET_TRANSFER') return { text: errorText(info), field: 'phone' };
  if (['INSUFFICIENT_FUNDS', 'DAILY_LIMIT_EXCEEDED', 'MONTHLY_LIMIT_EXCEEDED', 'INVALID_AMOUNT'].includes(info.code)) {
    return { text: errorText(info), field: 'amount' };
  }
  const field = info.fieldErrors.find((f) => f.path.startsWith('to'))
    ? 'phone'
    : info.fieldErrors.find((f) => f.path === 'amount')
      ? 'amount'
      : info.fieldErrors.find((f) => f.path === 'reference')
        ? 'note'
        : undefined;
  return { text: errorText(info), field };
}
