'use client';

import type { RouterInputs, RouterOutputs } from '@healthpay/api';
import { cairoDayOf, ClaimReversalSummary, ReverseClaimForm, toast, useSubmissionKey, useTRPC, useTRPCClient, withIdempotencyKey } from '@healthpay/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
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
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const text = useReversalText();
  const t = useTranslations('reversal');
  const locale = useUiLocale();
  const errorText = useErrorText();
  const submission = useSubmissionKey();
  const client = useTRPCClient();
  // One Idempotency-Key per reversal attempt: a retry after a dropped connection gets the first answer.
  const reverse = useMutation({
    mutationFn: (input: ReverseInput) => client.claims.reverse.mutate(input, withIdempotencyKey(submission.key())),
    onSuccess: async () => {
      submission.reset();
      toast.success(t('done'));
      await queryClient.invalidateQueries(trpc.claims.pathFilter());
    },
  });

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
