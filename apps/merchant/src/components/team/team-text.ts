'use client';

import { errorTextOf, type Locale, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const translated = ['ACCOUNT_EXISTS', 'INVITATION_NOT_FOUND', 'INVITATION_USED', 'INVITATION_REVOKED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED'] as const;

export const useTeamLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes the team screen meets; anything else generic). */
export const useTeamErrorText = () => errorTextOf(useTranslations('team.errors') as unknown as Translate, translated);

/** The team screen's words, error wording and locale in one call. */
export const useTeamScreen = () => ({ t: useTranslations('team'), errorText: useTeamErrorText(), locale: useTeamLocale() });
