'use client';

import { errorInfo } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

/**
 * An API error in the page's language. Codes the pharmacy screens meet have their own wording in
 * `messages/<locale>/errors.json`; any other code (a new one, or one no pharmacist should see) is said generically.
 */
export function useErrorText(): (errorOrCode: unknown) => string {
  const t = useTranslations('errors');
  return useCallback(
    (errorOrCode: unknown) => {
      const code = typeof errorOrCode === 'string' ? errorOrCode : errorInfo(errorOrCode).code;
      return t.has(code) ? t(code) : t('generic');
    },
    [t],
  );
}
