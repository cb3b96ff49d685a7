import { cairoDayOf } from '@healthpay/ui';

/** The fields of a claim the summary adds up. */
export interface ClaimAmountsRow {
  /** approved, partial, rejected, or a later state (reversed): only approved and partial claims move money. */
  status: string;
  decidedAt: string;
  submitted: number;
  copay: number;
  benefit: number;
  /** `wallet` when the copay was collected from the patient's wallet (a captured copay hold), else `cash`. */
  copayPaidFrom: 'wallet' | 'cash';
}

export interface DaySummary {
  /** Africa/Cairo day, YYYY-MM-DD. */
  day: string;
  claims: number;
  approved: number;
  partial: number;
  rejected: number;
  /** Price of the prescriptions the card paid for (approved and partial). */
  dispensed: number;
  /** Collected from patients: both ways together. */
  copay: number;
  /** Of that, taken from patients' wallets (code or app approval). */
  walletCopay: number;
  /** Of that, paid at the counter in cash. */
  cashCopay: number;
  /** What HealthPay owes the pharmacy: the cards' share. */
  benefit: number;
}

const empty = (day: string): DaySummary => ({
  day, claims: 0, approved: 0, partial: 0, rejected: 0, dispensed: 0, copay: 0, walletCopay: 0, cashCopay: 0, benefit: 0,
});

/** Adds one claim to a day's (or a period's) totals; a rejected (or reversed) claim counts as a claim but moves no money. */
function add(s: DaySummary, c: ClaimAmountsRow): DaySummary {
  const paid = c.status === 'approved' || c.status === 'partial';
  const copay = paid ? c.copay : 0;
  return {
    ...s,
    claims: s.claims + 1,
    approved: s.approved + (c.status === 'approved' ? 1 : 0),
    partial: s.partial + (c.status === 'partial' ? 1 : 0),
    rejected: s.rejected + (c.status === 'rejected' ? 1 : 0),
    dispensed: s.dispensed + (paid ? c.submitted : 0),
    copay: s.copay + copay,
    walletCopay: s.walletCopay + (c.copayPaidFrom === 'wallet' ? copay : 0),
    cashCopay: s.cashCopay + (c.copayPaidFrom === 'wallet' ? 0 : copay),
    benefit: s.benefit + (paid ? c.benefit : 0),
  };
}

/** Claims grouped by the Cairo day they were decided, newest day first, with the period's total. */
export function summariseByDay(claims: readonly ClaimAmountsRow[]): { days: DaySummary[]; total: DaySummary } {
  const byDay = new Map<string, DaySummary>();
  let total = empty('');
  for (const c of claims) {
    const day = cairoDayOf(c.decidedAt);
    byDay.set(day, add(byDay.get(day) ?? empty(day), c));
    total = add(total, c);
  }
  return { days: [...byDay.values()].sort((a, b) => b.day.localeCompare(a.day)), total };
}
