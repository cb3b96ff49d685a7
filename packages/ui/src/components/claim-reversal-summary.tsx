import { formatDateTime } from '../dates';
import type { Locale } from '../money';
import { Money } from './money';
import { Notice } from './notice';
import type { ClaimReversalReasonCode } from './reverse-claim-form';

export interface ClaimReversalView {
  at: string;
  reason: string;
  note: string | null;
  by: string;
  byKind: 'pharmacist' | 'staff';
  walletCopayRefunded: number;
}

export interface ClaimReversalSummaryText {
  title: string;
  reasons: Record<ClaimReversalReasonCode, string>;
  /** "By the pharmacy" / "By HealthPay staff". */
  byKind: Record<'pharmacist' | 'staff', string>;
  refunded: string;
  benefitBack: string;
}

/** A reversed claim says when, why and by whom, and what went back to the wallet. */
export function ClaimReversalSummary({ reversal, text, locale }: { reversal: ClaimReversalView; text: ClaimReversalSummaryText; locale: Locale }) {
  const reason = text.reasons[reversal.reason as ClaimReversalReasonCode] ?? reversal.reason;
  return (
    <Notice tone="warning" title={text.title}>
      <p>
        {formatDateTime(reversal.at, locale)} · {text.byKind[reversal.byKind]} · {reason}
        {reversal.note ? <> · <bdi>{reversal.note}</bdi></> : null}
      </p>
      <p className="mt-1">{text.benefitBack}</p>
      {reversal.walletCopayRefunded > 0 ? (
        <p className="mt-1">
          {text.refunded} <Money piasters={reversal.walletCopayRefunded} locale={locale} />
        </p>
      ) : null}
    </Notice>
  );
}
