import { describe, expect, it } from 'vitest';
import { givenFor } from '../testing/decider-given';
import type { SettlementCommand } from './commands';
import { settlementDecider } from './decide';
import type { SettlementEvent, SettlementTotals } from './events';

const { given } = givenFor(settlementDecider);
const ID = 'stl-w-2026-11-28-ph-1';
const AFTER = '2026-12-05T10:00:00.000Z'; // Saturday: the week 28 Nov – 4 Dec is over in Cairo
const DURING = '2026-12-04T20:00:00.000Z'; // 22:00 Friday in Cairo: still the period
const meta = (now = AFTER) => ({ now, actorId: 'u-fin' });
const totals: SettlementTotals = { grossBenefit: 10_000, walletCopay: 2_000, commission: 300, adjustments: -1_000, netPayable: 10_700 };
const close = (t = totals, now = AFTER): SettlementCommand => ({
  type: 'CloseSettlement', data: { settlementId: ID, pharmacyId: 'ph-1', periodStart: '2026-11-28', periodEnd: '2026-12-04', lines: 3, totals: t }, meta: meta(now),
});
const approve: SettlementCommand = { type: 'ApproveSettlement', data: { settlementId: ID }, meta: meta() };
const pay = (ref = 'BANK-77'): SettlementCommand => ({ type: 'MarkSettlementPaid', data: { settlementId: ID, payoutReference: ref }, meta: meta() });
const dispute = (reason = 'line 3 is wrong'): SettlementCommand => ({ type: 'DisputeSettlement', data: { settlementId: ID, reason }, meta: meta() });

const closed: SettlementEvent = {
  type: 'SettlementClosed',
  data: { settlementId: ID, pharmacyId: 'ph-1', periodStart: '2026-11-28', periodEnd: '2026-12-04', lines: 3, totals, closedBy: 'u-fin', at: AFTER },
};
const approved: SettlementEvent = { type: 'SettlementApproved', data: { settlementId: ID, pharmacyId: 'ph-1', approvedBy: 'u-fin', at: AFTER } };
const paid: SettlementEvent = { type: 'SettlementPaid', data: { settlementId: ID, pharmacyId: 'ph-1', amount: 10_700, payoutReference: 'BANK-77', paidBy: 'u-fin', at: AFTER } };
const disputed: SettlementEvent = { type: 'SettlementDisputed', data: { settlementId: ID, pharmacyId: 'ph-1', reason: 'line 3 is wrong', by: 'u-fin', at: AFTER } };

describe('when open', () => {
  it('closes after the period with totals that add up', () => given([]).when(close()).then([closed]));
  it('refuses to close during the period (Cairo time)', () => given([]).when(close(totals, DURING)).thenThrows('SETTLEMENT_PERIOD_NOT_OVER'));
  it('refuses totals that do not add up', () => {
    given([]).when(close({ ...totals, netPayable: 10_701 })).thenThrows('INVALID_SETTLEMENT_TOTALS');
    given([]).when(close({ ...totals, adjustments: 5, netPayable: 11_705 })).thenThrows('INVALID_SETTLEMENT_TOTALS');
  });
  it('cannot be approved, paid or disputed', () => {
    for (const c of [approve, pay(), dispute()]) given([]).when(c).thenThrows('SETTLEMENT_NOT_CLOSED');
  });
});

describe('when closed', () => {
  it('closing again changes nothing (the totals stay frozen)', () => given([closed]).when(close({ ...totals, grossBenefit: 1, netPayable: 701 })).then([]));
  it('is approved or disputed, not paid', () => {
    given([closed]).when(approve).then([approved]);
    given([closed]).when(dispute()).then([disputed]);
    given([closed]).when(dispute('  ')).thenThrows('REASON_REQUIRED');
    given([closed]).when(pay()).thenThrows('INVALID_STATE_TRANSITION', { from: 'closed', command: 'MarkSettlementPaid' });
  });
});

describe('when approved', () => {
  it('is paid its net payable with a payout reference', () => {
    given([closed, approved]).when(pay(' BANK-77 ')).then([paid]);
    given([closed, approved]).when(pay(' ')).thenThrows('INVALID_PAYOUT_REFERENCE');
  });
  it('approving again changes nothing; it may still be disputed', () => {
    given([closed, approved]).when(approve).then([]);
    given([closed, approved]).when(dispute()).then([disputed]);
  });
});

describe('when disputed', () => {
  it('is approved again once resolved, and cannot be paid before', () => {
    given([closed, disputed]).when(approve).then([approved]);
    given([closed, disputed]).when(pay()).thenThrows('INVALID_STATE_TRANSITION');
  });
});

describe('when paid', () => {
  it('the same payment again changes nothing; anything else is refused', () => {
    given([closed, approved, paid]).when(pay()).then([]);
    given([closed, approved, paid]).when(pay('OTHER')).thenThrows('INVALID_STATE_TRANSITION');
    given([closed, approved, paid]).when(dispute()).thenThrows('INVALID_STATE_TRANSITION');
  });
  it('keeps the payout reference', () => expect(given([closed, approved, paid]).state).toMatchObject({ status: 'paid', payoutReference: 'BANK-77' }));
});
