'use client';

import { breakdownLabelsOf, formatDate, formatDay, formatMoney, formatNumber, refillBlockedDrugs, type ClaimRejection, type Translate } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { useUiLocale } from '@/i18n/ui-locale';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const amount = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);

/** The words for claims' enums and rejections in the page's language; an unknown value shows as itself. */
export function useClaimText() {
  const t = useTranslations('claims');
  const tLine = useTranslations('claimLines.rejected');
  const locale = useUiLocale();
  return useMemo(() => {
    const word = (group: string, value: string) => (t.has(`${group}.${value}`) ? t(`${group}.${value}`) : value);
    const rejection = ({ code, details: d }: ClaimRejection): string => {
      switch (code) {
        case 'CARD_NOT_ACTIVE': {
          const s = text(d.status);
          return t(`rejection.${s === 'pending' || s === 'suspended' || s === 'closed' ? s : 'notActive'}`);
        }
        case 'CARD_EXPIRED': {
          const at = text(d.expiresAt);
          return at ? t('rejection.expiredOn', { date: formatDate(at, locale) }) : t('rejection.expired');
        }
        case 'BENEFICIARY_NOT_ON_CARD':
          return t(d.reason === 'CHILD_AGE_LIMIT' ? 'rejection.childAge' : 'rejection.notOnCard');
        case 'REFILL_TOO_SOON': {
          const drugs = refillBlockedDrugs(d);
          const from = text(d.earliestRefillDate);
          const what = drugs.length > 0 ? drugs.join(locale === 'ar' ? '، ' : ', ') : t('rejection.someDrug');
          return from ? t('rejection.refillFrom', { drugs: what, date: formatDay(from, locale) }) : t('rejection.refill', { drugs: what });
        }
        case 'MONTHLY_LIMIT_EXHAUSTED': {
          const limit = amount(d.monthlyLimit);
          return limit === null ? t('rejection.limit') : t('rejection.limitOf', { limit: formatMoney(limit, locale) });
        }
        default:
          return t('rejection.other', { code });
      }
    };
    const lineRejection = ({ code, details }: ClaimRejection): string => {
      const from = text(details.earliestRefillDate);
      return code === 'REFILL_TOO_SOON' && from ? tLine('REFILL_TOO_SOON', { date: formatDay(from, locale) }) : tLine('other', { code });
    };
    const breakdown = breakdownLabelsOf(t as Translate, 'breakdown', {
      caption: t('breakdown.caption'),
      quantityTimesPrice: (quantity, price) => t('breakdown.quantityTimesPrice', { quantity: formatNumber(quantity, locale), price }),
      rejectedLine: lineRejection,
    });
    return {
      locale,
      status: (s: string) => word('status', s),
      cardStatus: (s: string) => word('cardStatus', s),
      tier: (s: string) => word('tier', s),
      relationship: (s: string) => word('relationship', s),
      paidFrom: (p: 'wallet' | 'cash') => t(`paidFrom.${p}`),
      rejection,
      breakdown,
    };
  }, [t, tLine, locale]);
}
