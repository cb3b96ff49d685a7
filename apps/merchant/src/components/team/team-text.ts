'use client';

import { errorInfo, type Locale } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const translated = ['ACCOUNT_EXISTS', 'INVITATION_NOT_FOUND', 'INVITATION_USED', 'INVITATION_REVOKED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED'] as const;

export const useTeamLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes the team screen meets; anything else generic). */
export function useTeamErrorText() {
  const t = useTranslations('team.errors');
  return (error: unknown) => {
    const code = errorInfo(error).code as string;
    return (translated as readonly string[]).includes(code) ? t(code as (typeof translated)[number]) : t('generic');
  };
}
