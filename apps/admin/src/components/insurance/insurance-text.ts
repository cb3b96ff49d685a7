'use client';

import { useTranslations } from 'next-intl';
import type { Translator } from '@/i18n/error-text';

/** Insurance claim statuses and rejection reasons in the page's language (an unknown code is shown as it is). */
export function useInsuranceLabels() {
  const t = useTranslations('insurance') as unknown as Translator;
  const label = (group: string) => (code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  return { status: label('status'), rejection: label('rejection') };
}
