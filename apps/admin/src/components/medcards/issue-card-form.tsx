'use client';

import type { RouterInputs } from '@healthpay/api';
import { MEDCARD_TIER_DEFAULTS, type MedCardTier } from '@healthpay/domain';
import {
  addDaysTo, Button, cairoDayOf, cairoEndOfDay, Card, formatMoney, inputKinds, OwnerPicker, parseAmount, TextField, useCommandForm, useOwnerChoice, type ErrorInfo, type FieldErrors,
} from '@healthpay/ui';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useCardErrorText, usePortalLocale } from './medcard-text';
import { TierChoice } from './tier-choice';

type IssueInput = RouterInputs['medcard']['issue'];
const FIELDS = ['owner', 'limit', 'copay', 'expiry', 'provider', 'policy', 'reason'] as const;
type Field = (typeof FIELDS)[number];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Server codes → the field they are about. */
const fieldOf: Partial<Record<string, Field>> = { INVALID_EXPIRY: 'expiry', INVALID_COPAYMENT: 'copay', INVALID_LIMIT: 'limit', INVALID_INSURANCE: 'provider', HOLDER_HAS_CARD: 'reason' };

/** Issue a MedCard to a patient: tier, optional terms, expiry, optional insurer; active now or on hand-over. */
export function IssueCardForm() {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const router = useRouter();
  const form = useCommandForm({ fields: FIELDS, mutate: (c, input: IssueInput, o) => c.medcard.issue.mutate(input, o), errorText: useCardErrorText() });
  const { trpc, queryClient, errors, setErrors, changed } = form;
  const patients = useQuery(trpc.patients.search.queryOptions({}));
  const today = cairoDayOf();
  const [tier, setTier] = useState<MedCardTier>('silver');
  const [limit, setLimit] = useState('');
  const [copay, setCopay] = useState('');
  const [expiry, setExpiry] = useState(addDaysTo(today, 365));
  const [provider, setProvider] = useState('');
  const [policy, setPolicy] = useState('');
  const [activate, setActivate] = useState(false);
  // Asked for only once the server says the patient holds a card already.
  const [needsReason, setNeedsReason] = useState(false);
  const [reason, setReason] = useState('');

  const owner = useOwnerChoice(patients.data ?? [], () => form.edited());
  const userId = owner.ownerId;
  const defaults = MEDCARD_TIER_DEFAULTS[tier];

  const refused = (info: ErrorInfo) => {
    const owner = info.fieldErrors.find((f) => f.path === 'userId' || f.path.startsWith('holder.'));
    if (owner) {
      const key = owner.path === 'holder.nationalId' ? 'noNationalId' : owner.message === 'No such user' ? 'noUser' : 'notPatient';
      setErrors({ owner: t(`issue.errors.${key}`) });
    }
    if (info.code === 'HOLDER_HAS_CARD') setNeedsReason(true);
    const at = fieldOf[info.code];
    if (at) setErrors((er) => ({ ...er, [at]: t(`errors.${info.code as 'INVALID_EXPIRY'}`) }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: FieldErrors<Field> = {};
    if (!userId) next.owner = t('issue.errors.owner');
    const parsedLimit = limit.trim() ? parseAmount(limit) : null;
    if (parsedLimit && !parsedLimit.ok) next.limit = t('issue.errors.limit');
    const copayOk = /^\d{1,3}$/.test(copay.trim()) && Number(copay.trim()) <= 100;
    if (copay.trim() && !copayOk) next.copay = t('issue.errors.copay');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expiry) || expiry <= today) next.expiry = t('issue.errors.expiry');
    if (provider.trim() && !policy.trim()) next.policy = t('issue.errors.policy');
    if (policy.trim() && !provider.trim()) next.provider = t('issue.errors.provider');
    if (needsReason && reason.trim().length < 10) next.reason = t('issue.errors.reason');
    if (!form.valid(next)) return;
    const input: IssueInput = {
      userId,
      tier,
      ...(parsedLimit?.ok && { monthlyLimit: parsedLimit.piasters }),
      ...(copay.trim() && { copaymentPercent: Number(copay.trim()) }),
      expiresAt: cairoEndOfDay(expiry),
      ...(provider.trim() && { insurance: { provider: provider.trim(), policyNumber: policy.trim() } }),
      activate,
      ...(needsReason && { secondCardReason: reason.trim() }),
    };
    form.send(input, {
      success: (card) => t(card.status === 'active' ? 'issue.issuedActive' : 'issue.issued', { cardId: card.cardId, name: card.holder.name }),
      onRefused: refused,
      onDone: (card) =>
        void (async () => {
          // Open it once the read model has it (a projector cycle), so its page does not say "not found".
          for (let attempt = 1; attempt <= 10; attempt++) {
            const found = await queryClient.fetchQuery({ ...trpc.medcard.get.queryOptions({ cardId: card.cardId }), staleTime: 0, retry: false }).catch(() => null);
            if (found) break;
            await pause(100 * attempt);
          }
          await queryClient.invalidateQueries(trpc.medcard.search.pathFilter());
          router.push(`/medcards/${card.cardId}`);
        })(),
    });
  };

  return (
    <Card>
      <form noValidate onSubmit={submit} className="space-y-5" aria-label={t('issue.form')}>
        <OwnerPicker {...owner.field} error={errors.owner} text={{ patient: t('issue.patient'), choose: t('issue.choose'), other: t('issue.other'), userId: t('issue.userId') }} />
        <TierChoice value={tier} onChange={changed(setTier)} />
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">{t('issue.terms')}</legend>
          <TextField label={t('issue.monthlyLimit')} {...inputKinds.amount} placeholder={formatMoney(defaults.monthlyLimit, locale)} error={errors.limit} value={limit} onChange={(e) => changed(setLimit)(e.target.value)} />
          <TextField label={t('issue.copayment')} {...inputKinds.count} placeholder={String(defaults.copaymentPercent)} hint={t('issue.copaymentHint')}
            error={errors.copay} value={copay} onChange={(e) => changed(setCopay)(e.target.value)} />
        </fieldset>
        <div className="sm:w-1/2">
          <TextField label={t('issue.validThrough')} type="date" min={addDaysTo(today, 1)} error={errors.expiry} value={expiry} onChange={(e) => changed(setExpiry)(e.target.value)} />
        </div>
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">{t('issue.insurance')}</legend>
          <TextField label={t('issue.insurer')} error={errors.provider} maxLength={200} dir="auto" value={provider} onChange={(e) => changed(setProvider)(e.target.value)} />
          <TextField label={t('issue.policy')} error={errors.policy} maxLength={100} dir="ltr" value={policy} onChange={(e) => changed(setPolicy)(e.target.value)} />
        </fieldset>
        {needsReason ? (
          <TextField label={t('issue.why')} hint={t('issue.whyHint')} error={errors.reason} maxLength={500} value={reason} onChange={(e) => changed(setReason)(e.target.value)} />
        ) : null}
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" checked={activate} onChange={(e) => changed(setActivate)(e.target.checked)} className="mt-0.5 size-4 accent-teal-700" />
          <span>
            <span className="block font-medium">{t('issue.activate')}</span>
            <span className="block text-slate-600">{t('issue.activateHint')}</span>
          </span>
        </label>
        <Button type="submit" loading={form.isPending}>
          {t('issue.submit')}
        </Button>
      </form>
    </Card>
  );
}
