'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { cairoDayOf, ClaimReversalSummary, ReverseClaimForm, useReverseClaim } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useUiLocale } from '@/i18n/ui-locale';
import { useErrorText } from '../text/use-error-text';
import { useReversalText } from './use-reversal-text';

type Claim = RouterOutputs['claims']['get'];
type ReverseInput = RouterInputs['claims']['reverse'];

/**
 * The counter's "Reverse claim" (only this pharmacy's approved claims, only on the Cairo day they were approved:
 * later, HealthPay staff reverse them), and what a reversed claim says about its reversal.
 */
export function ReverseClaim({ claim }: { claim: Claim }) {
  const text = useReversalText();
  const t = useTranslations('reversal');
  const locale = useUiLocale();
  const errorText = useErrorText();
  const reverse = useReverseClaim((c, input: ReverseInput, o) => c.claims.reverse.mutate(input, o), t('done'));

  if (claim.reversal) return <ClaimReversalSummary reversal={claim.reversal} text={text.summary} locale={locale} />;
  const approved = claim.status === 'approved' || claim.status === 'partial';
  if (!approved) return null;
  if (cairoDayOf(claim.decidedAt) !== cairoDayOf()) return <p className="text-xs text-slate-500">{t('afterTheDay')}</p>;
  return (
    <ReverseClaimForm
      text={text.form}
      pending={reverse.isPending}
      error={reverse.isError ? errorText(reverse.error) : undefined}
      onReverse={(reason, note) => reverse.mutate({ cardId: claim.cardId, prescriptionId: claim.prescriptionId, reason, ...(note && { note }) })}
    />
  );
}
