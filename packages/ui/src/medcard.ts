import type { BadgeTone } from './components/badge';
import { formatDate, formatDay } from './dates';
import { formatMoney } from './money';

/** MedCard status → badge colour (expired reads like closed: nothing more is paid). */
export const medcardStatusTone = (status: string): BadgeTone =>
  status === 'active' ? 'green' : status === 'pending' ? 'blue' : status === 'suspended' ? 'amber' : status === 'closed' || status === 'expired' ? 'red' : 'slate';

/** Prescription claim outcome → badge colour. */
export const claimStatusTone = (status: string): BadgeTone => (status === 'approved' ? 'green' : status === 'partial' ? 'amber' : status === 'rejected' ? 'red' : 'slate');

/** Insurance claim status → badge colour. */
export const insuranceStatusTone = (status: string): BadgeTone =>
  status === 'approved' ? 'green' : status === 'submitted' ? 'blue' : status === 'returned' ? 'amber' : status === 'rejected' ? 'red' : 'slate';

/** A recorded refusal of a prescription claim, as the API returns it. */
export interface ClaimRejection {
  code: string;
  details: Record<string, unknown>;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const amount = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);

/** The drug codes a REFILL_TOO_SOON rejection names, in line order. */
export function refillBlockedDrugs(details: Record<string, unknown>): string[] {
  const lines = Array.isArray(details.lines) ? details.lines : [];
  return lines.map((l: unknown) => (typeof l === 'object' && l !== null ? text((l as Record<string, unknown>).drugCode) : null)).filter((c): c is string => c !== null);
}

/**
 * Why a prescription claim was refused, in plain English (staff and pharmacy portals; the patient portal
 * words the same codes in its own messages). Unknown codes fall back to a generic sentence with the code.
 */
export function claimRejectionText(rejection: ClaimRejection): string {
  const d = rejection.details;
  switch (rejection.code) {
    case 'CARD_NOT_ACTIVE': {
      const status = text(d.status);
      if (status === 'pending') return 'The card has not been activated yet, so it cannot pay for prescriptions.';
      if (status === 'suspended') return 'The card is suspended, so it cannot pay for prescriptions. The patient should contact HealthPay.';
      if (status === 'closed') return 'The card is closed and no longer pays for prescriptions.';
      return 'The card is not active, so it cannot pay for prescriptions.';
    }
    case 'CARD_EXPIRED': {
      const at = text(d.expiresAt);
      return at ? `The card expired on ${formatDate(at, 'en')}.` : 'The card has expired.';
    }
    case 'BENEFICIARY_NOT_ON_CARD':
      return d.reason === 'CHILD_AGE_LIMIT'
        ? 'Children are covered until age 26: this child is no longer covered by the card.'
        : 'This person is not covered by the card (they may have been removed from it).';
    case 'REFILL_TOO_SOON': {
      const drugs = refillBlockedDrugs(d);
      const from = text(d.earliestRefillDate);
      const what = drugs.length > 0 ? drugs.join(', ') : 'A drug on this prescription';
      const verb = drugs.length > 1 ? 'were' : 'was';
      return `Too soon to refill: ${what} ${verb} dispensed on this card recently.${from ? ` It can be claimed again from ${formatDay(from, 'en')}.` : ''} HealthPay staff can allow an early refill.`;
    }
    case 'MONTHLY_LIMIT_EXHAUSTED': {
      const limit = amount(d.monthlyLimit);
      return `This month's benefit${limit === null ? '' : ` of ${formatMoney(limit, 'en')}`} is used up. The card pays again from the first day of next month.`;
    }
    default:
      return `The claim was refused (${rejection.code}).`;
  }
}

/**
 * Why one line of an otherwise approved claim is not paid, in plain English (staff and pharmacy portals).
 * Line-level rules today: REFILL_TOO_SOON (details.earliestRefillDate).
 */
export function lineRejectionText(rejection: ClaimRejection): string {
  if (rejection.code === 'REFILL_TOO_SOON') {
    const from = text(rejection.details.earliestRefillDate);
    return `Not paid by the card: too soon to refill.${from ? ` It can be claimed again from ${formatDay(from, 'en')}.` : ''} HealthPay staff can allow an early refill.`;
  }
  return `Not paid by the card (${rejection.code}).`;
}

/** Lines of a claim rejected on their own while the rest was paid. */
export const rejectedLines = <L extends { rejection: ClaimRejection | null }>(claim: { lines: readonly L[] }): L[] =>
  claim.lines.filter((l) => l.rejection !== null);

/** Relationship of a covered person to the holder, in English. */
export const relationshipLabel = (relationship: string): string =>
  ({ self: 'Card holder', spouse: 'Spouse', child: 'Child', parent: 'Parent' })[relationship] ?? relationship;

/** "gold" → "Gold". */
export const capitalize = (s: string): string => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);
