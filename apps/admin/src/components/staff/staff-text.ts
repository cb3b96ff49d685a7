'use client';

import { errorTextOf, type Locale, type Translate } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const translated = ['ACCOUNT_EXISTS', 'LAST_SUPERADMIN', 'INVITATION_NOT_FOUND', 'INVITATION_USED', 'INVITATION_REVOKED', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED'] as const;

export const useStaffLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes these screens meet; anything else generic). */
export const useStaffErrorText = () => errorTextOf(useTranslations('staff.errors') as unknown as Translate, translated);

export type RoleKey = 'support' | 'claims_reviewer' | 'finance' | 'superadmin' | 'pharmacist' | 'manager' | 'patient';

/** A role's name; pharmacists who manage their pharmacy are named managers. */
export function useRoleName() {
  const t = useTranslations('staff.roles');
  return (role: string, pharmacyRole?: string | null) => t((role === 'pharmacist' && pharmacyRole === 'manager' ? 'manager' : role) as RoleKey);
}

/** What the staff screens share besides their own messages: the page's language, role names and error wording. */
export const useStaffScreen = () => ({ locale: useStaffLocale(), roleName: useRoleName(), errorText: useStaffErrorText() });
