'use client';

import {
  Button,
  Card,
  englishMessageFor,
  errorInfo,
  isClientError,
  newUuid,
  parseAmount,
  SelectField,
  TextField,
  toast,
  useSubmissionKey,
  useTRPC,
  useTRPCClient,
  withIdempotencyKey,
} from '@healthpay/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';

const OTHER = '__other__';

type Errors = Partial<Record<'owner' | 'daily' | 'monthly' | 'reason', string>>;

/**
 * Open a wallet for a user. The wallet id is made here (a new uuid per submission, kept if the same
 * submission is retried), so a retry after a lost answer cannot open a second wallet.
 */
export function OpenWalletForm() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const submission = useSubmissionKey();
  const walletId = useRef<string | null>(null);
  const patients = useQuery(trpc.patients.search.queryOptions({}));
  const [picked, setPicked] = useState('');
  const [typedId, setTypedId] = useState('');
  const [daily, setDaily] = useState('');
  const [monthly, setMonthly] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  // Asked for only once the server says the person has a wallet already.
  const [needsReason, setNeedsReason] = useState(false);
  const [reason, setReason] = useState('');

  const open = useMutation({
    mutationFn: (input: { walletId: string; ownerId: string; dailyDebitLimit?: number; monthlyDebitLimit?: number }) =>
      client.wallet.open.mutate(input, withIdempotencyKey(submission.key())),
  });

  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setErrors({});
    submission.reset();
    walletId.current = null;
  };

  const ownerId = picked === OTHER || (patients.data?.length ?? 0) === 0 ? typedId.trim() : picked;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (!ownerId) next.owner = 'Choose a patient or type their user id.';
    const limit = (raw: string, key: 'daily' | 'monthly') => {
      if (raw.trim() === '') return undefined;
      const p = parseAmount(raw);
      if (!p.ok) next[key] = 'Enter an amount in EGP, like 3000 or 3000.50.';
      return p.ok ? p.piasters : undefined;
    };
    const dailyDebitLimit = limit(daily, 'daily');
    const monthlyDebitLimit = limit(monthly, 'monthly');
    if (dailyDebitLimit !== undefined && monthlyDebitLimit !== undefined && dailyDebitLimit > monthlyDebitLimit) {
      next.daily = 'The daily limit can’t be above the monthly limit.';
    }
    if (needsReason && reason.trim().length < 10) next.reason = 'Say why a second wallet is needed (at least 10 characters).';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const id = (walletId.current ??= newUuid());
    open.mutate(
      { walletId: id, ownerId, dailyDebitLimit, monthlyDebitLimit, ...(needsReason && { secondWalletReason: reason.trim() }) },
      {
        onSuccess: async () => {
          toast.success('Wallet opened. Activate it to let money move.');
          submission.reset();
          walletId.current = null;
          await queryClient.invalidateQueries(trpc.wallet.pathFilter());
          router.push(`/wallets/${id}`);
        },
        onError: (error) => {
          if (errorInfo(error).code === 'OWNER_HAS_WALLET') {
            setNeedsReason(true);
            setErrors((er) => ({ ...er, reason: englishMessageFor(error) }));
          }
          toast.error(englishMessageFor(error));
          if (isClientError(error)) {
            submission.reset();
            walletId.current = null;
          }
        },
      },
    );
  };

  const options = patients.data ?? [];
  return (
    <Card>
      <form noValidate onSubmit={submit} className="space-y-4" aria-label="Open wallet">
        {options.length > 0 ? (
          <SelectField label="Patient" error={picked !== OTHER ? errors.owner : undefined} value={picked} onChange={(e) => changed(setPicked)(e.target.value)}>
            <option value="">Choose a patient…</option>
            {options.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} · {u.phone ?? u.id}
              </option>
            ))}
            <option value={OTHER}>Another user (type their id)</option>
          </SelectField>
        ) : null}
        {picked === OTHER || options.length === 0 ? (
          <TextField label="User id" error={errors.owner} autoComplete="off" value={typedId} onChange={(e) => changed(setTypedId)(e.target.value)} />
        ) : null}
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">Debit limits (optional; defaults apply when empty)</legend>
          <TextField label="Daily limit (EGP)" inputMode="decimal" error={errors.daily} value={daily} onChange={(e) => changed(setDaily)(e.target.value)} />
          <TextField label="Monthly limit (EGP)" inputMode="decimal" error={errors.monthly} value={monthly} onChange={(e) => changed(setMonthly)(e.target.value)} />
        </fieldset>
        {needsReason ? (
          <TextField
            label="Why a second wallet?"
            hint="This person already has a wallet. The reason is kept in the audit log."
            error={errors.reason}
            maxLength={500}
            value={reason}
            onChange={(e) => changed(setReason)(e.target.value)}
          />
        ) : null}
        <p className="text-sm text-slate-600">The wallet starts as pending; activate it from its page.</p>
        <Button type="submit" loading={open.isPending}>
          Open wallet
        </Button>
      </form>
    </Card>
  );
}
