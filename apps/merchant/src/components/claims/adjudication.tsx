import { Badge, ClaimBreakdown, claimStatusTone, Figure, Money, Notice, rejectedLines, type AdjudicatedClaim, type Locale } from '@healthpay/ui';
import { useTranslations } from 'next-intl';
import { useClaimText } from '../text/use-claim-text';

/** An amount of the claim; the emphasised one is what the counter acts on. */
function Amount({ label, piasters, locale, emphasis }: { label: string; piasters: number; locale: Locale; emphasis?: boolean }) {
  return (
    <Figure label={label} className={emphasis ? 'rounded-xl bg-emerald-50 p-3 ring-1 ring-emerald-600/20' : undefined}
      valueClassName={emphasis ? 'mt-0.5 text-lg font-semibold text-emerald-900 sm:text-xl' : 'mt-0.5 text-base font-semibold'}>
      <Money piasters={piasters} locale={locale} />
    </Figure>
  );
}

/** The message key of the one sentence on the outcome; `preview`: what would happen if submitted now. */
export const outcomeKey = (claim: Pick<AdjudicatedClaim, 'status'>, preview: boolean): string =>
  claim.status === 'reversed' && !preview
    ? 'reversedRecord'
    : `${claim.status === 'approved' || claim.status === 'partial' ? claim.status : 'rejected'}${preview ? 'Preview' : 'Record'}`;

/**
 * The adjudication for the counter: what to collect from the patient, what the card pays (owed to the
 * pharmacy), the monthly benefit left, and the per-line breakdown. Used for the preview, the result and
 * (`record`) a past claim.
 */
export function Adjudication({ claim, preview, record = false }: { claim: AdjudicatedClaim; preview: boolean; record?: boolean }) {
  const t = useTranslations('claims.adjudication');
  const tLines = useTranslations('claimLines');
  const text = useClaimText();
  const { locale } = text;
  const rejected = claim.status === 'rejected';
  // Lines rejected on their own (too soon to refill) while the rest of the claim is paid.
  const unpaid = rejectedLines(claim);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={claimStatusTone(claim.status)}>{preview && rejected ? t('wouldBeRejected') : text.status(claim.status)}</Badge>
        <p className="text-sm text-slate-700">
          {unpaid.length > 0 && !rejected ? tLines(preview ? 'outcome.preview' : 'outcome.record') : t(outcomeKey(claim, preview))}
        </p>
      </div>
      {claim.rejection ? (
        <Notice tone="warning" title={t('why')}>
          {text.rejection(claim.rejection)}
        </Notice>
      ) : null}
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        {rejected ? (
          <>
            <Amount label={t('cardPays')} piasters={0} locale={locale} emphasis />
            <Amount label={t('fullPrice')} piasters={claim.submitted} locale={locale} />
          </>
        ) : (
          <>
            <Amount label={record ? t('patientPaid') : t('collect')} piasters={claim.copay} locale={locale} emphasis />
            <Amount label={t('cardPays')} piasters={claim.benefit} locale={locale} />
            <Amount label={t('total')} piasters={claim.submitted} locale={locale} />
            {unpaid.length > 0 ? (
              <Amount label={tLines('notCovered')} piasters={unpaid.reduce((sum, l) => sum + l.submitted, 0)} locale={locale} />
            ) : null}
            {claim.remainingBefore !== null ? (
              <Amount label={t('leftBefore')} piasters={claim.remainingBefore} locale={locale} />
            ) : null}
            {claim.remainingAfter !== null ? (
              <Amount label={t('leftAfter')} piasters={claim.remainingAfter} locale={locale} />
            ) : null}
          </>
        )}
      </dl>
      <ClaimBreakdown claim={claim} locale={locale} priceOnly={rejected} labels={text.breakdown} />
      {claim.overridesUsed.length > 0 ? (
        <p className="text-xs text-slate-600">
          {t('overrides', { drugs: claim.overridesUsed.map((o) => o.drugCode).join(locale === 'ar' ? '، ' : ', ') })}
        </p>
      ) : null}
    </div>
  );
}
