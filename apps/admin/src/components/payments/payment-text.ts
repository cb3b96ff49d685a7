'use client';

import { useTranslations } from 'next-intl';
import type { Translator } from '@/i18n/error-text';

/**
 * Codes → words in the page's language: statuses, providers, flags, notification kinds and outcomes.
 * A code this portal has no words for yet is shown as it is.
 */
export function usePaymentLabels() {
  const t = useTranslations('payments') as unknown as Translator;
  const label = (group: string) => (code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  return {
    status: label('status'),
    provider: label('provider'),
    flag: label('flag'),
    kind: label('kind'),
    outcome: label('outcome'),
    refundStatus: label('refundStatus'),
    unmatchedReason: label('unmatchedReason'),
  };
}
