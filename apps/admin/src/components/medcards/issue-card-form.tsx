'use client';

import type { RouterInputs } from '@healthpay/api';
import { MEDCARD_TIER_DEFAULTS, medCardTiers, type MedCardTier } from '@healthpay/domain';
import {
  addDaysTo,
  Button,
  cairoDayOf,
  cairoEndOfDay,
  capitalize,
  Card,
  englishMessageFor,
  errorInfo,
  formatMoney,
  isClientError,
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
import { useState, type FormEvent } from 'react';

const OTHER = '__other__';
type IssueInput = RouterInputs['medcard']['issue'];
type Field = 'owner' | 'limit' | 'copay' | 'expiry' | 'provider' | 'policy' | 'reason';
type Errors = Partial<Record<Field, string>>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Issue a MedCard to a patient: tier, optional terms, expiry, optional insurer; active now or on hand-over. */
export function IssueCardForm() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const submission = useSubmissionKey();
  const patients = useQuery(trpc.patients.search.queryOptions({}));
  const today = cairoDayOf();
  const [picked, setPicked] = useState('');
  const [typedId, setTypedId] = useState('');
  const [tier, setTier] = useState<MedCardTier>('silver');
  const [limit, setLimit] = useState('');
  const [copay, setCopay] = useState('');
  const [expiry, setExpiry] = useState(addDaysTo(today, 365));
  const [provider, setProvider] = useState('');
  const [policy, setPolicy] = useState('');
  const [activate, setActivate] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  // Asked for only once the server says the patient holds a card already.
  const [needsReason, setNeedsReason] = useState(false);
  const [reason, setReason] = useState('');

  const issue = useMutation({ mutationFn: (input: IssueInput) => client.medcard.issue.mutate(input, withIdempotencyKey(submission.key())) });

  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setErrors({});
    submission.reset();
  };

  const options = patients.data ?? [];
  const userId = picked === OTHER || options.length === 0 ? typedId.trim() : picked;
  const defaults = MEDCARD_TIER_DEFAULTS[tier];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {};
    if (!userId) next.owner = 'Choose a patient or type their user id.';
    let monthlyLimit: number | undefined;
    if (limit.trim()) {
      const p = parseAmount(limit);
      if (p.ok) monthlyLimit = p.piasters;
      else next.limit = 'Enter an amount in EGP, like 3000 or 3000.50.';
    }
    let copaymentPercent: number | undefined;
    if (copay.trim()) {
      const n = Number(copay.trim());
      if (/^\d{1,3}$/.test(copay.trim()) && n <= 100) copaymentPercent = n;
      else next.copay = 'Enter a whole percent from 0 to 100.';
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expiry) || expiry <= today) next.expiry = 'Choose a day after today.';
    if (provider.trim() && !policy.trim()) next.policy = 'Enter the policy number too.';
    if (policy.trim() && !provider.trim()) next.provider = 'Enter the insurer too.';
    if (needsReason && reason.trim().length < 10) next.reason = 'Say why a second card is needed (at least 10 characters).';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    const input: IssueInput = {
      userId,
      tier,
      ...(monthlyLimit !== undefined && { monthlyLimit }),
      ...(copaymentPercent !== undefined && { copaymentPercent }),
      expiresAt: cairoEndOfDay(expiry),
      ...(provider.trim() && { insurance: { provider: provider.trim(), policyNumber: policy.trim() } }),
      activate,
      ...(needsReason && { secondCardReason: reason.trim() }),
    };
    issue.mutate(input, {
      onSuccess: async (card) => {
        toast.success(`Card ${card.cardId} issued to ${card.holder.name}${card.status === 'active' ? ' and activated' : ''}.`);
        submission.reset();
        // Open it once the read model has it (a projector cycle), so its page does not say "not found".
        for (let attempt = 1; attempt <= 10; attempt++) {
          const found = await queryClient
            .fetchQuery({ ...trpc.medcard.get.queryOptions({ cardId: card.cardId }), staleTime: 0, retry: false })
            .catch(() => null);
          if (found) break;
          await pause(100 * attempt);
        }
        await queryClient.invalidateQueries(trpc.medcard.search.pathFilter());
        router.push(`/medcards/${card.cardId}`);
      },
      onError: (error) => {
        const info = errorInfo(error);
        const owner = info.fieldErrors.find((f) => f.path === 'userId' || f.path.startsWith('holder.'));
        if (owner) {
          setErrors({
            owner: owner.path === 'holder.nationalId' ? 'This user has no national ID on file: a card needs one.' : owner.message === 'No such user' ? 'No user has this id.' : 'Only patients can hold a MedCard.',
          });
        }
        const field: Partial<Record<string, Field>> = { INVALID_EXPIRY: 'expiry', INVALID_COPAYMENT: 'copay', INVALID_LIMIT: 'limit', INVALID_INSURANCE: 'provider' };
        if (info.code === 'HOLDER_HAS_CARD') {
          setNeedsReason(true);
          setErrors((er) => ({ ...er, reason: englishMessageFor(error) }));
        }
        const at = field[info.code];
        if (at) setErrors((er) => ({ ...er, [at]: englishMessageFor(error) }));
        toast.error(englishMessageFor(error));
        if (isClientError(error)) submission.reset();
      },
    });
  };

  return (
    <Card>
      <form noValidate onSubmit={submit} className="space-y-5" aria-label="Issue card">
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

        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">Tier</legend>
          <div className="grid gap-2 sm:grid-cols-3">
            {medCardTiers.map((t) => (
              <label key={t} className="flex cursor-pointer gap-3 rounded-xl border border-slate-200 p-3 text-sm has-[:checked]:border-teal-600 has-[:checked]:bg-teal-50">
                <input type="radio" name="tier" value={t} checked={tier === t} onChange={() => changed(setTier)(t)} className="mt-0.5 size-4 accent-teal-700" />
                <span>
                  <span className="block font-medium">{capitalize(t)}</span>
                  <span className="block text-xs text-slate-600">
                    {formatMoney(MEDCARD_TIER_DEFAULTS[t].monthlyLimit, 'en')} a month · patient pays {MEDCARD_TIER_DEFAULTS[t].copaymentPercent}%
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">Terms (optional; the tier&apos;s apply when empty)</legend>
          <TextField
            label="Monthly limit (EGP)"
            inputMode="decimal"
            placeholder={formatMoney(defaults.monthlyLimit, 'en')}
            error={errors.limit}
            value={limit}
            onChange={(e) => changed(setLimit)(e.target.value)}
          />
          <TextField
            label="Copayment (%)"
            inputMode="numeric"
            placeholder={String(defaults.copaymentPercent)}
            hint="The patient's share of each drug."
            error={errors.copay}
            value={copay}
            onChange={(e) => changed(setCopay)(e.target.value)}
          />
        </fieldset>

        <div className="sm:w-1/2">
          <TextField label="Valid through" type="date" min={addDaysTo(today, 1)} error={errors.expiry} value={expiry} onChange={(e) => changed(setExpiry)(e.target.value)} />
        </div>

        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">Insurance (optional)</legend>
          <TextField label="Insurer" error={errors.provider} maxLength={200} value={provider} onChange={(e) => changed(setProvider)(e.target.value)} />
          <TextField label="Policy number" error={errors.policy} maxLength={100} value={policy} onChange={(e) => changed(setPolicy)(e.target.value)} />
        </fieldset>

        {needsReason ? (
          <TextField
            label="Why a second card?"
            hint="This patient already holds a MedCard. The reason is kept in the audit log."
            error={errors.reason}
            maxLength={500}
            value={reason}
            onChange={(e) => changed(setReason)(e.target.value)}
          />
        ) : null}

        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" checked={activate} onChange={(e) => changed(setActivate)(e.target.checked)} className="mt-0.5 size-4 accent-teal-700" />
          <span>
            <span className="block font-medium">Activate now</span>
            <span className="block text-slate-600">Leave unticked until the card is handed over; a pending card pays nothing. Activate it from its page.</span>
          </span>
        </label>

        <Button type="submit" loading={issue.isPending}>
          Issue card
        </Button>
      </form>
    </Card>
  );
}
