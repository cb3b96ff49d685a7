import {
  Badge, ClaimBreakdown, claimRejectionText, claimStatusTone, englishBreakdownLabels, formatDay, Money, Notice, rejectedLines,
  type AdjudicatedClaim, type ClaimRejection, type Locale,
} from '@healthpay/ui';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useId, type ReactNode } from 'react';
import { claimStatusLabel } from '../labels';

function Amount({ label, children, emphasis }: { label: string; children: ReactNode; emphasis?: boolean }) {
  const id = useId();
  return (
    <div className={emphasis ? 'rounded-xl bg-emerald-50 p-3 ring-1 ring-emerald-600/20' : 'rounded-xl bg-slate-50 p-3'}>
      <dt id={id} className="text-xs text-slate-600">
        {label}
      </dt>
      <dd aria-labelledby={id} className={emphasis ? 'mt-0.5 text-xl font-semibold text-emerald-900' : 'mt-0.5 text-base font-semibold'}>
        {children}
      </dd>
    </div>
  );
}

/** One sentence on the outcome; `preview`: what would happen if submitted now. */
export function outcomeSentence(claim: AdjudicatedClaim, preview: boolean): string {
  if (claim.status === 'approved') return preview ? 'The card covers its share of every line.' : 'The card paid its share of every line.';
  if (claim.status === 'partial') {
    return preview
      ? "The card's monthly limit runs out on this prescription: the patient pays the rest."
      : "The card paid up to its monthly limit: the patient pays the rest.";
  }
  return preview ? 'This claim would be rejected.' : 'The claim was rejected.';
}

/** Why one line of an approved claim is not paid (line-level rules: REFILL_TOO_SOON), in the portal's language. */
function useLineRejectionText(): (rejection: ClaimRejection) => string {
  const t = useTranslations('claimLines.rejected');
  const locale = useLocale() as Locale;
  return useCallback(
    ({ code, details }: ClaimRejection) => {
      const from = typeof details.earliestRefillDate === 'string' ? details.earliestRefillDate : null;
      return code === 'REFILL_TOO_SOON' && from ? t('REFILL_TOO_SOON', { date: formatDay(from, locale) }) : t('other', { code });
    },
    [t, locale],
  );
}

/**
 * The adjudication for the counter: what to collect from the patient, what the card pays (owed to the
 * pharmacy), the monthly benefit left, and the per-line breakdown. Used for the preview, the result and
 * (`record`) a past claim.
 */
export function Adjudication({ claim, preview, record = false }: { claim: AdjudicatedClaim; preview: boolean; record?: boolean }) {
  const t = useTranslations('claimLines');
  const lineRejectionText = useLineRejectionText();
  const rejected = claim.status === 'rejected';
  // Lines rejected on their own (too soon to refill) while the rest of the claim is paid.
  const unpaid = rejectedLines(claim);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={claimStatusTone(claim.status)}>{preview && rejected ? 'Would be rejected' : (claimStatusLabel[claim.status] ?? claim.status)}</Badge>
        <p className="text-sm text-slate-700">{unpaid.length > 0 && !rejected ? t(preview ? 'outcome.preview' : 'outcome.record') : outcomeSentence(claim, preview)}</p>
      </div>
      {claim.rejection ? (
        <Notice tone="warning" title="Why">
          {claimRejectionText(claim.rejection)}
        </Notice>
      ) : null}
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {rejected ? (
          <>
            <Amount label="Card pays" emphasis>
              <Money piasters={0} locale="en" />
            </Amount>
            <Amount label="Full price">
              <Money piasters={claim.submitted} locale="en" />
            </Amount>
          </>
        ) : (
          <>
            <Amount label={record ? 'Patient paid' : 'Collect from the patient'} emphasis>
              <Money piasters={claim.copay} locale="en" />
            </Amount>
            <Amount label="Card pays">
              <Money piasters={claim.benefit} locale="en" />
            </Amount>
            <Amount label="Prescription total">
              <Money piasters={claim.submitted} locale="en" />
            </Amount>
            {unpaid.length > 0 ? (
              <Amount label={t('notCovered')}>
                <Money piasters={unpaid.reduce((sum, l) => sum + l.submitted, 0)} locale="en" />
              </Amount>
            ) : null}
            {claim.remainingBefore !== null ? (
              <Amount label="Monthly benefit left before">
                <Money piasters={claim.remainingBefore} locale="en" />
              </Amount>
            ) : null}
            {claim.remainingAfter !== null ? (
              <Amount label="Monthly benefit left after">
                <Money piasters={claim.remainingAfter} locale="en" />
              </Amount>
            ) : null}
          </>
        )}
      </dl>
      <ClaimBreakdown claim={claim} locale="en" priceOnly={rejected} labels={{ ...englishBreakdownLabels('Amounts per drug'), rejectedLine: lineRejectionText }} />
      {claim.overridesUsed.length > 0 ? (
        <p className="text-xs text-slate-600">
          Early refill allowed by HealthPay for {claim.overridesUsed.map((o) => o.drugCode).join(', ')}.
        </p>
      ) : null}
    </div>
  );
}
