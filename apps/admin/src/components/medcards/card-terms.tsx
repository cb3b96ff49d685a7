'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { MEDCARD_TIER_DEFAULTS, medCardTiers, type MedCardTier } from '@healthpay/domain';
import { Button, capitalize, Card, formatMoney, parseAmount, SelectField, TextField, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useState, type FormEvent } from 'react';
import { useCardCommand } from './use-card-command';

type CardDetail = RouterOutputs['medcard']['get'];

const amountHint = 'Enter an amount in EGP, like 3000 or 3000.50.';
/** "25" → 25; null unless a whole percent 0–100. */
const percent = (s: string): number | null => (/^\d{1,3}$/.test(s.trim()) && Number(s.trim()) <= 100 ? Number(s.trim()) : null);

/** Tier (with its terms or overrides), monthly limit and copayment: each applies from the next claim on. */
export function CardTerms({ card }: { card: CardDetail }) {
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
  const otherTiers = medCardTiers.filter((t) => t !== card.tier);
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
    if (copaymentPercent === null) next.tierCopay = 'Enter a whole percent from 0 to 100.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    tierCommand.send(
      { cardId: card.cardId, tier: chosenTier, ...(monthlyLimit !== undefined && { monthlyLimit }), ...(copaymentPercent != null && { copaymentPercent }) },
      {
        success: (c) => `Card moved to ${capitalize(c.tier)}`,
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
    if (belowUsed && limitReason.trim().length < 3) return setErrors({ limitReason: 'Say why the limit goes below what was already used.' });
    limitCommand.send(
      { cardId: card.cardId, monthlyLimit: typedLimit.piasters, ...(limitReason.trim() && { reason: limitReason.trim() }) },
      {
        success: `Monthly limit set to ${formatMoney(typedLimit.piasters, 'en')}`,
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
    if (p === null) return setErrors({ copay: 'Enter a whole percent from 0 to 100.' });
    copayCommand.send({ cardId: card.cardId, copaymentPercent: p }, { success: `Copayment set to ${p}%`, onDone: () => setCopay('') });
  };
  const edit = (set: (v: string) => void, changed: () => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setErrors({});
    changed();
  };
  const defaults = MEDCARD_TIER_DEFAULTS[chosenTier];

  return (
    <Card title="Tier and terms" titleId="terms-heading">
      <div className="space-y-5">
        <form noValidate onSubmit={changeTier} aria-label="Change tier" className="space-y-3">
          <SelectField
            label="New tier"
            value={chosenTier}
            onChange={(e) => {
              setTier(e.target.value as MedCardTier);
              tierCommand.changed();
            }}
          >
            {otherTiers.map((t) => (
              <option key={t} value={t}>
                {capitalize(t)} · {formatMoney(MEDCARD_TIER_DEFAULTS[t].monthlyLimit, 'en')} · {MEDCARD_TIER_DEFAULTS[t].copaymentPercent}%
              </option>
            ))}
          </SelectField>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label="Monthly limit for the new tier (EGP)"
              inputMode="decimal"
              placeholder={formatMoney(defaults.monthlyLimit, 'en')}
              hint="Optional; the tier's when empty."
              error={errors.tierLimit}
              value={tierLimit}
              onChange={edit(setTierLimit, tierCommand.changed)}
            />
            <TextField
              label="Copayment for the new tier (%)"
              inputMode="numeric"
              placeholder={String(defaults.copaymentPercent)}
              hint="Optional; the tier's when empty."
              error={errors.tierCopay}
              value={tierCopay}
              onChange={edit(setTierCopay, tierCommand.changed)}
            />
          </div>
          <Button type="submit" variant="secondary" loading={tierCommand.isPending}>
            Change tier
          </Button>
        </form>
        <div className="grid gap-5 border-t border-slate-100 pt-4 sm:grid-cols-2">
          <form noValidate onSubmit={changeLimit} aria-label="Change monthly limit" className="space-y-3">
            <TextField label="Monthly limit (EGP)" inputMode="decimal" placeholder={formatMoney(card.monthlyLimit, 'en')} error={errors.limit} value={limit} onChange={edit(setLimit, limitCommand.changed)} />
            {belowUsed ? (
              <TextField
                label="Reason for lowering"
                hint={`This card already paid ${formatMoney(card.benefitUsed, 'en')} this month: nothing is left until the next month.`}
                error={errors.limitReason}
                maxLength={500}
                value={limitReason}
                onChange={edit(setLimitReason, limitCommand.changed)}
              />
            ) : (
              <TextField label="Reason (optional)" maxLength={500} value={limitReason} onChange={edit(setLimitReason, limitCommand.changed)} />
            )}
            <Button type="submit" variant="secondary" loading={limitCommand.isPending}>
              Set limit
            </Button>
          </form>
          <form noValidate onSubmit={changeCopay} aria-label="Change copayment" className="space-y-3">
            <TextField label="Copayment (%)" inputMode="numeric" placeholder={String(card.copaymentPercent)} error={errors.copay} value={copay} onChange={edit(setCopay, copayCommand.changed)} />
            <Button type="submit" variant="secondary" loading={copayCommand.isPending}>
              Set copayment
            </Button>
          </form>
        </div>
        <p className="text-xs text-slate-500">Changes apply from the next claim; past claims keep the terms they were priced with.</p>
      </div>
    </Card>
  );
}
