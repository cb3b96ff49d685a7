'use client';

import { Button, Card, newUuid, OwnerPicker, parseAmount, TextField, useIdempotentCommand, useOwnerChoice, useTRPC, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { useWalletErrorText } from './wallet/wallet-text';

type Errors = Partial<Record<'owner' | 'daily' | 'monthly' | 'reason', string>>;
type OpenInput = { walletId: string; ownerId: string; dailyDebitLimit?: number; monthlyDebitLimit?: number; secondWalletReason?: string };

/**
 * Open a wallet for a user. The wallet id is made here (a new uuid per submission, kept if the same
 * submission is retried), so a retry after a lost answer cannot open a second wallet.
 */
export function OpenWalletForm() {
  const t = useTranslations('wallets');
  const errorText = useWalletErrorText();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const walletId = useRef<string | null>(null);
  const command = useIdempotentCommand({
    run: (input: OpenInput, key: string) => client.wallet.open.mutate(input, withIdempotencyKey(key)),
    errorText,
  });
  const patients = useQuery(trpc.patients.search.queryOptions({}));
  const [daily, setDaily] = useState('');
  const [monthly, setMonthly] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // Asked for only once the server says the person has a wallet already.
  const [needsReason, setNeedsReason] = useState(false);
  const [reason, setReason] = useState('');

  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setErrors({});
    command.changed();
    walletId.current = null;
  };

  const owner = useOwnerChoice(patients.data ?? [], () => {
    setErrors({});
    command.changed();
    walletId.current = null;
  });
  const { ownerId } = owner;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (!ownerId) next.owner = t('open.errors.owner');
    const limit = (raw: string, key: 'daily' | 'monthly') => {
      if (raw.trim() === '') return undefined;
      const p = parseAmount(raw);
      if (!p.ok) next[key] = t('open.errors.limit');
      return p.ok ? p.piasters : undefined;
    };
    const dailyDebitLimit = limit(daily, 'daily');
    const monthlyDebitLimit = limit(monthly, 'monthly');
    if (dailyDebitLimit !== undefined && monthlyDebitLimit !== undefined && dailyDebitLimit > monthlyDebitLimit) next.daily = t('open.errors.dailyAboveMonthly');
    if (needsReason && reason.trim().length < 10) next.reason = t('open.errors.reason');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const id = (walletId.current ??= newUuid());
    command.send(
      { walletId: id, ownerId, dailyDebitLimit, monthlyDebitLimit, ...(needsReason && { secondWalletReason: reason.trim() }) },
      {
        success: t('open.opened'),
        onDone: () => {
          walletId.current = null;
          void queryClient.invalidateQueries(trpc.wallet.pathFilter());
          router.push(`/wallets/${id}`);
        },
        onRefused: (info) => {
          walletId.current = null;
          if (info.code === 'OWNER_HAS_WALLET') {
            setNeedsReason(true);
            setErrors((er) => ({ ...er, reason: t('errors.OWNER_HAS_WALLET') }));
          }
        },
      },
    );
  };

  return (
    <Card>
      <form noValidate onSubmit={submit} className="space-y-4" aria-label={t('open.title')}>
        <OwnerPicker {...owner.field} error={errors.owner} text={{ patient: t('open.patient'), choose: t('open.choose'), other: t('open.other'), userId: t('open.userId') }} />
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">{t('open.limits')}</legend>
          <TextField label={t('open.daily')} inputMode="decimal" error={errors.daily} value={daily} onChange={(e) => changed(setDaily)(e.target.value)} />
          <TextField label={t('open.monthly')} inputMode="decimal" error={errors.monthly} value={monthly} onChange={(e) => changed(setMonthly)(e.target.value)} />
        </fieldset>
        {needsReason ? (
          <TextField
            label={t('open.why')}
            hint={t('open.whyHint')}
            error={errors.reason}
            maxLength={500}
            value={reason}
            onChange={(e) => changed(setReason)(e.target.value)}
          />
        ) : null}
        <p className="text-sm text-slate-600">{t('open.startsPending')}</p>
        <Button type="submit" loading={command.isPending}>
          {t('open.submit')}
        </Button>
      </form>
    </Card>
  );
}
