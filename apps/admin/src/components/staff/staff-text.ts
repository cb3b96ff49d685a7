'use client';

import { errorInfo, type Locale } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const translated = ['ACCOUNT_EXISTS', 'LAST_SUPERADMIN', 'INVITATION_NOT_FOUND', 'INVITATION_USED', 'INVITATION_REVOKED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED'] as const;

export const useStaffLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes these screens meet; anything else generic). */
export function useStaffErrorText() {
  const t = useTranslations('staff.errors');
  return (error: unknown) => {
    const code = errorInfo(error).code as string;
    return (translated as readonly string[]).includes(code) ? t(code as (typeof translated)[number]) : t('generic');
  };
}

export type RoleKey = 'support' | 'claims_reviewer' | 'finance' | 'superadmin' | 'pharmacist' | 'manager' | 'patient';

/** A role's name; pharmacists who manage their pharmacy are named managers. */
export function useRoleName() {
  const t = useTranslations('staff.roles');
  return (role: string, pharmacyRole?: string | null) => t((role === 'pharmacist' && pharmacyRole === 'manager' ? 'manager' : role) as RoleKey);
}
