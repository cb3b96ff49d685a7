import type { Decider } from '../shared/command';
import { cairoDay } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import type { SettlementCommand } from './commands';
import type { SettlementEvent, SettlementTotals } from './events';
import { evolveSettlement } from './evolve';
import { initialSettlementState, type SettlementState } from './state';

const MAX_TEXT = 200;

const transition = (from: string, command: string) =>
  new DomainError('INVALID_STATE_TRANSITION', `A ${from} statement cannot do ${command}`, { from, command });

const text = (value: string, code: 'REASON_REQUIRED' | 'INVALID_PAYOUT_REFERENCE'): string => {
  const v = value.trim();
  if (!v || v.length > MAX_TEXT) throw new DomainError(code, `Required, at most ${MAX_TEXT} characters`);
  return v;
};

const isMoney = (n: number) => Number.isSafeInteger(n);

/** The totals must add up: a statement whose lines do not sum is never frozen. */
function checkTotals(t: SettlementTotals, lines: number): void {
  const amounts = [t.grossBenefit, t.walletCopay, t.commission, t.adjustments, t.netPayable];
  const ok = amounts.every(isMoney) && t.grossBenefit >= 0 && t.walletCopay >= 0 && t.commission >= 0 && t.adjustments <= 0 &&
    Number.isInteger(lines) && lines >= 0 && t.netPayable === t.grossBenefit + t.walletCopay - t.commission + t.adjustments;
  if (!ok) throw new DomainError('INVALID_SETTLEMENT_TOTALS', 'The totals do not add up', { totals: t, lines });
}

/**
 * open → closed (frozen) → approved → paid, or disputed from closed or approved (and approved again once resolved).
 * A repeat of what is already true decides nothing. Pure: the period's end is checked against meta.now in Cairo.
 */
export function decideSettlement(command: SettlementCommand, state: SettlementState): SettlementEvent[] {
  const at = command.meta.now;
  const by = command.meta.actorId;
  if (command.type === 'CloseSettlement') {
    if (state.status !== 'open') return [];
    const d = command.data;
    if (cairoDay(at) <= d.periodEnd) throw new DomainError('SETTLEMENT_PERIOD_NOT_OVER', 'A statement closes after its period ends', { periodEnd: d.periodEnd });
    checkTotals(d.totals, d.lines);
    return [{ type: 'SettlementClosed', data: { ...d, closedBy: by, at } }];
  }
  if (state.status === 'open') throw new DomainError('SETTLEMENT_NOT_CLOSED', 'Close the statement first', { settlementId: command.data.settlementId });
  const { settlementId, pharmacyId } = state;
  switch (command.type) {
    case 'ApproveSettlement':
      if (state.status === 'approved') return [];
      if (state.status !== 'closed' && state.status !== 'disputed') throw transition(state.status, command.type);
      return [{ type: 'SettlementApproved', data: { settlementId, pharmacyId, approvedBy: by, at } }];
    case 'MarkSettlementPaid': {
      const payoutReference = text(command.data.payoutReference, 'INVALID_PAYOUT_REFERENCE');
      if (state.status === 'paid' && state.payoutReference === payoutReference) return [];
      if (state.status !== 'approved') throw transition(state.status, command.type);
      return [{ type: 'SettlementPaid', data: { settlementId, pharmacyId, amount: state.totals.netPayable, payoutReference, paidBy: by, at } }];
    }
    case 'DisputeSettlement': {
      const reason = text(command.data.reason, 'REASON_REQUIRED');
      if (state.status === 'disputed') return [];
      if (state.status !== 'closed' && state.status !== 'approved') throw transition(state.status, command.type);
      return [{ type: 'SettlementDisputed', data: { settlementId, pharmacyId, reason, by, at } }];
    }
    default: {
      const _never: never = command;
      throw new Error(`Unknown settlement command ${JSON.stringify(_never)}`);
    }
  }
}

export const settlementDecider: Decider<SettlementCommand, SettlementEvent, SettlementState> = {
  decide: decideSettlement,
  evolve: evolveSettlement,
  initialState: initialSettlementState,
};
