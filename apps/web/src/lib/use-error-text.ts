'use client';

import { formatMoney, type ClientErrorCode, type ErrorInfo } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);

/** Server codes plus wordings the patient portal picks for a clearer context (e.g. about the recipient). */
export type WebErrorCode = ClientErrorCode | 'RECIPIENT_NOT_FOUND' | 'RECIPIENT_UNAVAILABLE' | 'CARD_TOP_UP_UNAVAILABLE' | 'FAWRY_TOP_UP_UNAVAILABLE';

/**
 * An API error, in the page's language, with the amounts the server sent (available, remaining limit).
 * `as` words it as another code (same details).
 */
export function useErrorText(): (info: ErrorInfo, as?: WebErrorCode) => string {
  const t = useTranslations('errors');
  const locale = useLocale();
  return useCallback(
    (info: ErrorInfo, as?: WebErrorCode) => {
      const money = (p: number | null) => (p === null ? '—' : formatMoney(p, locale));
      const d = info.details;
      const code = as ?? info.code;
      switch (code) {
        case 'INSUFFICIENT_FUNDS':
          return t('INSUFFICIENT_FUNDS', { available: money(num(d.available)) });
        case 'DAILY_LIMIT_EXCEEDED':
        case 'MONTHLY_LIMIT_EXCEEDED': {
          const limit = num(d.limit);
          const used = num(d.used);
          return t(code, { remaining: money(limit !== null && used !== null ? Math.max(0, limit - used) : null) });
        }
        case 'PROVIDER_UNAVAILABLE':
          // Name the way to pay that is down, and suggest the other one.
          return d.provider === 'paymob' ? t('CARD_TOP_UP_UNAVAILABLE') : d.provider === 'fawry' ? t('FAWRY_TOP_UP_UNAVAILABLE') : t(code);
        default:
          return t(code);
      }
    },
    [t, locale],
  );
}
