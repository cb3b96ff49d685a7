import type { SettlementEvent } from './events';
import type { SettlementState } from './state';

/** Applies a fact. Never rejects (history is accepted), never mutates. */
export const evolveSettlement = (state: SettlementState, event: SettlementEvent): SettlementState => {
  if (event.type === 'SettlementClosed') {
    if (state.status !== 'open') return state;
    const { settlementId, pharmacyId, periodStart, periodEnd, lines, totals } = event.data;
    return { status: 'closed', settlementId, pharmacyId, periodStart, periodEnd, lines, totals, payoutReference: null, disputeReason: null };
  }
  if (state.status === 'open') return state;
  switch (event.type) {
    case 'SettlementApproved':
      return { ...state, status: 'approved', disputeReason: null };
    case 'SettlementPaid':
      return { ...state, status: 'paid', payoutReference: event.data.payoutReference };
    case 'SettlementDisputed':
      return { ...state, status: 'disputed', disputeReason: event.data.reason };
    default: {
      const _never: never = event;
      return _never;
    }
  }
};
