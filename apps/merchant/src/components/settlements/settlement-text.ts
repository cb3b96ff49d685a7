'use client';

import { errorInfo, statementLabelsOf, type Locale, type StatementLabels } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

const translated = ['SETTLEMENT_NOT_FOUND', 'FORBIDDEN'] as const;

export const usePortalLocale = (): Locale => (useLocale() === 'ar' ? 'ar' : 'en');

/** An API error in the page's language (the codes these screens meet; anything else generic). */
export function useSettlementErrorText() {
  const t = useTranslations('settlements.errors');
  return (error: unknown) => {
    const code = errorInfo(error).code as string;
    return (translated as readonly string[]).includes(code) ? t(code as (typeof translated)[number]) : t('generic');
  };
}

export function useStatementLabels(): StatementLabels {
  const t = useTranslations('settlements');
  return statementLabelsOf(t as unknown as (key: string) => string);
}
