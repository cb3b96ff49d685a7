'use client';

import { formatDate, formatDay, formatMoney, type ClaimRejection } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Why the card did not pay for a prescription, in the page's language. */
export function useRejectionText(): (rejection: ClaimRejection) => string {
  const t = useTranslations('medcard.rejection');
  const locale = useLocale();
  return useCallback(
    ({ code, details }: ClaimRejection) => {
      switch (code) {
        case 'CARD_NOT_ACTIVE':
          return t('CARD_NOT_ACTIVE');
        case 'CARD_EXPIRED': {
          const at = text(details.expiresAt);
          return at ? t('CARD_EXPIRED', { date: formatDate(at, locale) }) : t('other');
        }
        case 'BENEFICIARY_NOT_ON_CARD':
          return details.reason === 'CHILD_AGE_LIMIT' ? t('CHILD_AGE_LIMIT') : t('NOT_A_MEMBER');
        case 'REFILL_TOO_SOON': {
          const from = text(details.earliestRefillDate);
          return from ? t('REFILL_TOO_SOON', { date: formatDay(from, locale) }) : t('other');
        }
        case 'MONTHLY_LIMIT_EXHAUSTED': {
          const limit = typeof details.monthlyLimit === 'number' && Number.isSafeInteger(details.monthlyLimit) ? details.monthlyLimit : null;
          return limit === null ? t('other') : t('MONTHLY_LIMIT_EXHAUSTED', { limit: formatMoney(limit, locale) });
        }
        default:
          return t('other');
      }
    },
    [t, locale],
  );
}
