'use client';

import { MEDCARD_TIER_DEFAULTS, medCardTiers, type MedCardTier } from '@healthpay/domain';
import { formatMoney, formatNumber } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { usePortalLocale } from './medcard-text';

/** The three tiers as radio cards, each with its default monthly limit and the patient's share. */
export function TierChoice({ value, onChange }: { value: MedCardTier; onChange: (tier: MedCardTier) => void }) {
  const t = useTranslations('medcards');
  const locale = usePortalLocale();
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-700">{t('issue.tier')}</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {medCardTiers.map((tier) => (
          <label key={tier} className="flex cursor-pointer gap-3 rounded-xl border border-slate-200 p-3 text-sm has-[:checked]:border-teal-600 has-[:checked]:bg-teal-50">
            <input type="radio" name="tier" value={tier} checked={value === tier} onChange={() => onChange(tier)} className="mt-0.5 size-4 accent-teal-700" />
            <span>
              <span className="block font-medium">{t(`tiers.${tier}`)}</span>
              <span className="block text-xs text-slate-600">
                {t('issue.tierTerms', {
                  limit: formatMoney(MEDCARD_TIER_DEFAULTS[tier].monthlyLimit, locale),
                  percent: formatNumber(MEDCARD_TIER_DEFAULTS[tier].copaymentPercent, locale),
                })}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
