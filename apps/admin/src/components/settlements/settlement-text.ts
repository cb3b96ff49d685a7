'use client';

import { settlementErrorText, type Locale, type SettlementTranslator } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

/** The codes these screens translate (`settlements.errors.*`); anything else is generic. */
const translated = [
  'SETTLEMENT_NOT_FOUND', 'SETTLEMENT_PERIOD_NOT_OVER', 'SETTLEMENT_NOT_CLOSED', 'INVALID_STATE_TRANSITION', 'EFFECTIVE_DATE_IN_PAST',
  'INVALID_FEE_SCHEDULE', 'FORBIDDEN',
];

export const usePortalLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** This portal's `settlements` messages, in the shape the shared statement screens take. */
export const useSettlementT = (): SettlementTranslator => useTranslations('settlements') as unknown as SettlementTranslator;

/** An API error in the page's language. */
export const useSettlementErrorText = () => settlementErrorText(useSettlementT(), translated);

/** What every finance settlement screen starts from: its messages, the page's language and error wording. */
export const useSettlementScreen = () => ({ t: useTranslations('settlements'), locale: usePortalLocale(), errorText: useSettlementErrorText() });
