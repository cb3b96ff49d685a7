'use client';

import { errorTextOf, type Locale, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const codes = [
  'NETWORK', 'FORBIDDEN', 'UNAUTHENTICATED', 'VALIDATION_FAILED', 'VERSION_CONFLICT', 'IDEMPOTENCY_KEY_REUSED', 'RATE_LIMITED',
  'WALLET_NOT_FOUND', 'WALLET_ALREADY_EXISTS', 'WALLET_NOT_ACTIVE', 'WALLET_CLOSED', 'WALLET_HAS_FUNDS', 'INVALID_STATE_TRANSITION',
  'INVALID_AMOUNT', 'INVALID_LIMIT', 'REASON_REQUIRED', 'OWNER_HAS_WALLET',
] as const;

/** The page's language as the money and date helpers take it. */
export const usePortalLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes the wallet screens meet; anything else generic). */
export function useWalletErrorText() {
  return errorTextOf(useTranslations('wallets.errors') as Translate, codes);
}
