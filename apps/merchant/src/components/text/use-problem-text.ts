'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { FieldProblem } from '@/lib/claim-form';

/** A form field's problem in the page's language: a `claims.errors` key with its arguments, or the server's own words. */
export function useProblemText(): (problem: FieldProblem | undefined) => string | undefined {
  const t = useTranslations('claims.errors');
  return useCallback((p: FieldProblem | undefined) => (p === undefined ? undefined : typeof p === 'string' ? p : t(p.key, p.values)), [t]);
}
