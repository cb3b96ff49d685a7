'use client';

import { governorateNames, isGovernorate } from '@healthpay/domain';
import { errorTextOf, type Locale, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const translated = ['PHARMACY_NOT_ACTIVE', 'PHARMACY_NOT_FOUND', 'PHARMACY_CLOSED', 'DUPLICATE_LICENCE_NUMBER', 'INVALID_IBAN', 'INVALID_STATE_TRANSITION', 'FORBIDDEN'] as const;

/** The portal locale as the money/date formatters take it. */
export const usePortalLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** A governorate's name in the page's language (the code itself when unknown). */
export function useGovernorateName() {
  const locale = usePortalLocale();
  return (code: string | null) => (code && isGovernorate(code) ? governorateNames[code][locale] : (code ?? '—'));
}

/** An API error in the page's language (the codes these screens meet; anything else generic). */
export const usePharmacyErrorText = () => errorTextOf(useTranslations('pharmacies.errors') as unknown as Translate, translated);

/** What every pharmacy screen starts from: its messages, the page's language and error wording. */
export const usePharmacyScreen = () => ({ t: useTranslations('pharmacies'), locale: usePortalLocale(), errorText: usePharmacyErrorText() });
