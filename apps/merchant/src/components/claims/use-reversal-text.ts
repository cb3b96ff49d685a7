'use client';

import { CLAIM_REVERSAL_REASONS, type ClaimReversalSummaryText, type ReverseClaimText } from '@healthpay/ui';
import { useTranslations } from 'next-intl';

/** The reversal form's and summary's words in the page's language (`messages/<locale>/reversal.json`). */
export function useReversalText(): { form: ReverseClaimText; summary: ClaimReversalSummaryText } {
  const t = useTranslations('reversal');
  const reasons = Object.fromEntries(CLAIM_REVERSAL_REASONS.map((code) => [code, t(`reasons.${code}`)])) as ReverseClaimText['reasons'];
  return {
    form: {
      open: t('open'), heading: t('heading'), reason: t('reason'), reasons, note: t('note'), noteHint: t('noteHint'),
      noteRequired: t('noteRequired'), consequences: t('consequences'), review: t('review'), confirmQuestion: t('confirmQuestion'),
      confirm: t('confirm'), back: t('back'), cancel: t('cancel'),
    },
    summary: {
      title: t('summary.title'), reasons, byKind: { pharmacist: t('summary.byPharmacy'), staff: t('summary.byStaff') },
      refunded: t('summary.refunded'), benefitBack: t('summary.benefitBack'),
    },
  };
}
