'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { MEDCARD_TIER_DEFAULTS, medCardTiers, type MedCardTier } from '@healthpay/domain';
import { Button, Card, formatMoney, formatNumber, inputKinds, parseAmount, SelectField, TextField, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { usePortalLocale } from './medcard-text';
import { useCardCommand } from './use-card-command';

type CardDetail = RouterOutputs['medcard']['get'];

/** "25" → 25; null unless a whole percent 0–100. */
const percent = (s: string): number | null => (/^\d{1,3}$/.test(s.trim()) && Number(s.trim()) <= 100 ? Number(s.trim()) : null);

/** Tier (with its terms or overrides), monthly limit and copayment: each applies from the next claim on. */
export function CardTerms({ card }: { card: CardDetail }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  const amountHint = t('terms.errors.amount');
  const client = useTRPCClient();
  const open = card.status !== 'closed' && card.status !== 'expired';
  const tierCommand = useCardCommand((input: RouterInputs['medcard']['changeTier'], key: string) =>
    client.medcard.changeTier.mutate(input, withIdempotencyKey(key)),
  );
  const limitCommand = useCardCommand((input: RouterInputs['medcard']['changeMonthlyLimit'], key: string) =>
    client.medcard.changeMonthlyLimit.mutate(input, withIdempotencyKey(key)),
  );
  const copayCommand = useCardCommand((input: RouterInputs['medcard']['changeCopayment'], key: string) =>
    client.medcard.changeCopayment.mutate(input, withIdempotencyKey(key)),
  );
  const otherTiers = medCardTiers.filter((tier) => tier !== card.tier);
  const [tier, setTier] = useState<MedCardTier>(otherTiers[0] ?? 'gold');
  const [tierLimit, setTierLimit] = useState('');
  const [tierCopay, setTierCopay] = useState('');
  const [limit, setLimit] = useState('');
  const [copay, setCopay] = useState('');
  const [limitReason, setLimitReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'tierLimit' | 'tierCopay' | 'limit' | 'limitReason' | 'copay', string>>>({});

  if (!open) return null;
  const chosenTier = otherTiers.includes(tier) ? tier : (otherTiers[0] ?? tier);

  const changeTier = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    let monthlyLimit: number | undefined;
    if (tierLimit.trim()) {
      const p = parseAmount(tierLimit);
      if (p.ok) monthlyLimit = p.piasters;
      else next.tierLimit = amountHint;
    }
    const copaymentPercent = tierCopay.trim() ? percent(tierCopay) : undefined;
    if (copaymentPercent === null) next.tierCopay = t('terms.errors.percent');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    tierCommand.send(
      { cardId: card.cardId, tier: chosenTier, ...(monthlyLimit !== undefined && { monthlyLimit }), ...(copaymentPercent != null && { copaymentPercent }) },
      {
        success: (c) => t('terms.done.tier', { tier: t(`tiers.${c.tier}`) }),
        onDone: () => {
          setTierLimit('');
          setTierCopay('');
        },
      },
    );
  };
  const typedLimit = parseAmount(limit);
  // Lowering the limit below what the card already paid this month leaves nothing: say so, and ask why.
  const belowUsed = typedLimit.ok && typedLimit.piasters < card.benefitUsed;
  const changeLimit = (e: FormEvent) => {
    e.preventDefault();
    if (!typedLimit.ok) return setErrors({ limit: amountHint });
    if (belowUsed && limitReason.trim().length < 3) return setErrors({ limitReason: t('terms.errors.lowerReason') });
    limitCommand.send(
      { cardId: card.cardId, monthlyLimit: typedLimit.piasters, ...(limitReason.trim() && { reason: limitReason.trim() }) },
      {
        success: t('terms.done.limit', { amount: formatMoney(typedLimit.piasters, locale) }),
        onDone: () => {
          setLimit('');
          setLimitReason('');
        },
      },
    );
  };
  const changeCopay = (e: FormEvent) => {
    e.preventDefault();
    const p = percent(copay);
    if (p === null) return setErrors({ copay: t('terms.errors.percent') });
    copayCommand.send({ cardId: card.cardId, copaymentPercent: p }, { success: t('terms.done.copay', { percent: formatNumber(p, locale) }), onDone: () => setCopay('') });
  };
  const edit = (set: (v: string) => void, changed: () => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setErrors({});
    changed();
  };
  const defaults = MEDCARD_TIER_DEFAULTS[chosenTier];

  return (
    <Card title={t('terms.title')} titleId="terms-heading">
      <div className="space-y-5">
        <form noValidate onSubmit={changeTier} aria-label={t('terms.tierForm')} className="space-y-3">
          <SelectField
            label={t('terms.newTier')}
            value={chosenTier}
            onChange={(e) => {
              setTier(e.target.value as MedCardTier);
              tierCommand.changed();
            }}
          >
            {otherTiers.map((tier) => (
              <option key={tier} value={tier}>
                {t('terms.tierOption', {
                  tier: t(`tiers.${tier}`),
                  limit: formatMoney(MEDCARD_TIER_DEFAULTS[tier].monthlyLimit, locale),
                  percent: formatNumber(MEDCARD_TIER_DEFAULTS[tier].copaymentPercent, locale),
                })}
              </option>
            ))}
          </SelectField>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label={t('terms.tierLimit')} {...inputKinds.amount} placeholder={formatMoney(defaults.monthlyLimit, locale)} hint={t('terms.optionalHint')}
              error={errors.tierLimit} value={tierLimit} onChange={edit(setTierLimit, tierCommand.changed)} />
            <TextField label={t('terms.tierCopay')} {...inputKinds.count} placeholder={String(defaults.copaymentPercent)} hint={t('terms.optionalHint')}
              error={errors.tierCopay} value={tierCopay} onChange={edit(setTierCopay, tierCommand.changed)} />
          </div>
          <Button type="submit" variant="secondary" loading={tierCommand.isPending}>
            {t('terms.changeTier')}
          </Button>
        </form>
        <div className="grid gap-5 border-t border-slate-100 pt-4 sm:grid-cols-2">
          <form noValidate onSubmit={changeLimit} aria-label={t('terms.limitForm')} className="space-y-3">
            <TextField label={t('terms.monthlyLimit')} {...inputKinds.amount} placeholder={formatMoney(card.monthlyLimit, locale)} error={errors.limit} value={limit} onChange={edit(setLimit, limitCommand.changed)} />
            {belowUsed ? (
              <TextField
                label={t('terms.lowerReason')}
                hint={t('terms.lowerHint', { used: formatMoney(card.benefitUsed, locale) })}
                error={errors.limitReason}
                maxLength={500}
                value={limitReason}
                onChange={edit(setLimitReason, limitCommand.changed)}
              />
            ) : (
              <TextField label={t('terms.reasonOptional')} maxLength={500} value={limitReason} onChange={edit(setLimitReason, limitCommand.changed)} />
            )}
            <Button type="submit" variant="secondary" loading={limitCommand.isPending}>
              {t('terms.setLimit')}
            </Button>
          </form>
          <form noValidate onSubmit={changeCopay} aria-label={t('terms.copayForm')} className="space-y-3">
            <TextField label={t('terms.copayment')} inputMode="numeric" placeholder={String(card.copaymentPercent)} error={errors.copay} value={copay} onChange={edit(setCopay, copayCommand.changed)} />
            <Button type="submit" variant="secondary" loading={copayCommand.isPending}>
              {t('terms.setCopay')}
            </Button>
          </form>
        </div>
        <p className="text-xs text-slate-500">{t('terms.applies')}</p>
      </div>
    </Card>
  );
}
