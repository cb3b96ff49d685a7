'use client';

import { errorTextOf, type Locale, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const codes = [
  'NETWORK', 'FORBIDDEN', 'UNAUTHENTICATED', 'VALIDATION_FAILED', 'VERSION_CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'RATE_LIMITED',
  'INVALID_STATE_TRANSITION', 'REASON_REQUIRED', 'CARD_NOT_FOUND', 'CARD_ALREADY_EXISTS', 'CARD_CLOSED', 'CARD_NOT_ACTIVE', 'CARD_EXPIRED',
  'INVALID_TIER', 'TIER_UNCHANGED', 'INVALID_COPAYMENT', 'INVALID_LIMIT', 'INVALID_EXPIRY', 'INVALID_INSURANCE', 'INVALID_NATIONAL_ID',
  'INVALID_MOBILE', 'INVALID_BENEFICIARY', 'BENEFICIARY_NOT_FOUND', 'BENEFICIARY_ALREADY_EXISTS', 'DUPLICATE_NATIONAL_ID',
  'BENEFICIARY_LIMIT_REACHED', 'BENEFICIARY_NOT_ELIGIBLE', 'DATE_OF_BIRTH_MISMATCH', 'MOBILE_REQUIRED', 'HOLDER_NOT_REMOVABLE',
  'INVALID_DRUG_CODE', 'HOLDER_HAS_CARD', 'LIMIT_BELOW_USED', 'NO_INSURANCE_ON_CARD', 'INSURANCE_CLAIM_ALREADY_EXISTS', 'INVALID_DOCUMENTS',
  'DOCUMENT_TOO_LARGE', 'DOCUMENT_TYPE_NOT_ALLOWED', 'DOCUMENT_NOT_FOUND', 'DOCUMENT_ALREADY_ATTACHED', 'INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', 'INSURANCE_AMOUNT_ABOVE_MAXIMUM',
] as const;

/** The page's language as the money and date helpers take it. */
export const usePortalLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes the MedCard screens meet; anything else generic). */
export function useCardErrorText() {
  return errorTextOf(useTranslations('medcards.errors') as Translate, codes);
}
