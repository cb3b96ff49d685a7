import type { SettlementEvent, SettlementPeriodKind, SettlementTotals } from '@healthpay/domain';
import type { StoredEvent } from '../../event-store/types';

export type StatementStatus = 'open' | 'closed' | 'approved' | 'paid' | 'disputed';

/** One `settlement_statements` row. Totals are meaningful once closed (open ones are summed from their lines). */
export interface StatementDoc {
  id: string;
  pharmacyId: string;
  periodKind: SettlementPeriodKind;
  periodStart: string;
  periodEnd: string;
  status: StatementStatus;
  lines: number;
  totals: SettlementTotals;
  closedAt: string | null;
  closedBy: string | null;
  /** Feed position of SettlementClosed (see line-doc.ts: events after it go to a later statement). */
  closedTx: number | null;
  closedPosition: number | null;
  approvedAt: string | null;
  paidAt: string | null;
  payoutReference: string | null;
  disputeReason: string | null;
  updatedAt: string | null;
  version: number;
}

export const ZERO_TOTALS: SettlementTotals = { grossBenefit: 0, walletCopay: 0, commission: 0, adjustments: 0, netPayable: 0 };

const kindOfId = (id: string): SettlementPeriodKind => (id.startsWith('stl-m-') ? 'month' : 'week');

/** Pure: the row after one more statement event; at or below the row's version it was seen already. */
export function evolveStatementDoc(doc: StatementDoc | null, stored: StoredEvent): StatementDoc | null {
  if (doc && stored.version <= doc.version) return doc;
  const e = { type: stored.type, data: stored.data } as SettlementEvent;
  const at = e.data.at;
  if (e.type === 'SettlementClosed') {
    const d = e.data;
    const base: StatementDoc = doc ?? {
      id: d.settlementId, pharmacyId: d.pharmacyId, periodKind: kindOfId(d.settlementId), periodStart: d.periodStart, periodEnd: d.periodEnd,
      status: 'open', lines: 0, totals: ZERO_TOTALS, closedAt: null, closedBy: null, closedTx: null, closedPosition: null, approvedAt: null,
      paidAt: null, payoutReference: null, disputeReason: null, updatedAt: null, version: 0,
    };
    return {
      ...base, status: 'closed', lines: d.lines, totals: d.totals, closedAt: at, closedBy: d.closedBy, closedTx: stored.transactionId,
      closedPosition: stored.position, updatedAt: at, version: stored.version,
    };
  }
  if (!doc) return null;
  const s = { ...doc, version: stored.version, updatedAt: at };
  switch (e.type) {
    case 'SettlementApproved':
      return { ...s, status: 'approved', approvedAt: at, disputeReason: null };
    case 'SettlementPaid':
      return { ...s, status: 'paid', paidAt: at, payoutReference: e.data.payoutReference };
    case 'SettlementDisputed':
      return { ...s, status: 'disputed', disputeReason: e.data.reason };
    default: {
      const _never: never = e;
      return _never;
    }
  }
}
