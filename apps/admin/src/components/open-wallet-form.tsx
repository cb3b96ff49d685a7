'use client';

import { Button, Card, newUuid, OwnerPicker, parseAmount, TextField, useCommandForm, useOwnerChoice, type FieldErrors } from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { useWalletErrorText } from './wallet/wallet-text';

const FIELDS = ['owner', 'daily', 'monthly', 'reason'] as const;
type OpenInput = { walletId: string; ownerId: string; dailyDebitLimit?: number; monthlyDebitLimit?: number; secondWalletReason?: string };

/**
 * Open a wallet for a user. The wallet id is made here (a new uuid per submission, kept if the same
 * submission is retried), so a retry after a lost answer cannot open a second wallet.
 */
export function OpenWalletForm() {
  const t = useTranslations('wallets');
  const router = useRouter();
  const walletId = useRef<string | null>(null);
  const form = useCommandForm({
    fields: FIELDS,
    mutate: (c, input: OpenInput, o) => c.wallet.open.mutate(input, o),
    errorText: useWalletErrorText(),
    // An edit is a new submission: a new wallet id as well as a new key.
    onEdit: () => (walletId.current = null),
  });
  const { trpc, errors, setErrors, changed } = form;
  const patients = useQuery(trpc.patients.search.queryOptions({}));
  const [daily, setDaily] = useState('');
  const [monthly, setMonthly] = useState('');
  // Asked for only once the server says the person has a wallet already.
  const [needsReason, setNeedsReason] = useState(false);
  const [reason, setReason] = useState('');

  const owner = useOwnerChoice(patients.data ?? [], () => form.edited());
  const { ownerId } = owner;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: FieldErrors<(typeof FIELDS)[number]> = {};
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
    if (!form.valid(next)) return;
    const id = (walletId.current ??= newUuid());
    form.send(
      { walletId: id, ownerId, dailyDebitLimit, monthlyDebitLimit, ...(needsReason && { secondWalletReason: reason.trim() }) },
      {
        success: t('open.opened'),
        onDone: () => {
          walletId.current = null;
          void form.queryClient.invalidateQueries(trpc.wallet.pathFilter());
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
        <Button type="submit" loading={form.isPending}>
          {t('open.submit')}
        </Button>
      </form>
    </Card>
  );
}
