'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { CLAIM_REVERSAL_REASONS, ClaimReversalSummary, errorInfo, ReverseClaimForm, useReverseClaim, type ReverseClaimText } from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';

type Claim = RouterOutputs['claims']['byCard']['items'][number];
type Input = RouterInputs['claims']['staffReverse'];

const translatedErrors = ['CLAIM_NOT_REVERSIBLE', 'INVALID_REVERSAL_REASON', 'PRESCRIPTION_NOT_FOUND', 'FORBIDDEN', 'REASON_REQUIRED'] as const;

/**
 * Staff's "Reverse claim" on an approved claim, any day (the server allows claims reviewers, finance and
 * superadmins; others are told they may not), and the reversal of record once reversed.
 */
export function StaffReverseClaim({ claim }: { claim: Claim }) {
  const t = useTranslations('reversal');
  const locale = useLocale() === 'ar' ? 'ar' : 'en';
  const reverse = useReverseClaim((c, input: Input, o) => c.claims.staffReverse.mutate(input, o), t('done'));
  const reasons = Object.fromEntries(CLAIM_REVERSAL_REASONS.map((code) => [code, t(`reasons.${code}`)])) as ReverseClaimText['reasons'];
  if (claim.reversal) {
    const summary = {
      title: t('summary.title'), reasons, byKind: { pharmacist: t('summary.byPharmacy'), staff: t('summary.byStaff', { by: claim.reversal.by }) },
      refunded: t('summary.refunded'), benefitBack: t('summary.benefitBack'),
    };
    return <ClaimReversalSummary reversal={claim.reversal} text={summary} locale={locale} />;
  }
  if (claim.status !== 'approved' && claim.status !== 'partial') return null;
  const code = reverse.isError ? (errorInfo(reverse.error).code as string) : null;
  const error = code === null ? undefined : (translatedErrors as readonly string[]).includes(code) ? t(`errors.${code}`) : t('errors.generic');
  const text: ReverseClaimText = {
    open: t('open'), heading: t('heading'), reason: t('reason'), reasons, note: t('note'), noteHint: t('noteHint'), noteRequired: t('noteRequired'),
    consequences: t('consequences'), review: t('review'), confirmQuestion: t('confirmQuestion'), confirm: t('confirm'), back: t('back'), cancel: t('cancel'),
  };
  return (
    <ReverseClaimForm
      text={text}
      pending={reverse.isPending}
      error={error}
      onReverse={(reason, note) =>
        reverse.mutate({ cardId: claim.cardId, pharmacyId: claim.pharmacyId, prescriptionId: claim.prescriptionId, reason, ...(note && { note }) })
      }
    />
  );
}
