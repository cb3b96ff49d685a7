import type { SettlementTotals } from './events';

export type SettlementStatus = 'open' | 'closed' | 'approved' | 'paid' | 'disputed';

/** An open statement has no stream yet; from closing on, its frozen totals and where it stands. */
export type SettlementState =
  | { status: 'open' }
  | {
      status: Exclude<SettlementStatus, 'open'>;
      settlementId: string;
      pharmacyId: string;
      periodStart: string;
      periodEnd: string;
      lines: number;
      totals: SettlementTotals;
      payoutReference: string | null;
      disputeReason: string | null;
    };

export const initialSettlementState: SettlementState = { status: 'open' };
