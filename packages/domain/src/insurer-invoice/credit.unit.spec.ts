import { describe, expect, it } from 'vitest';
import type { CommandMeta } from '../shared/command';
import { givenFor } from '../testing/decider-given';
import { outstandingOf, overpaidOf } from './balance';
import type { InsurerInvoiceCommand } from './commands';
import { notYetCredited } from './credit';
import { insurerInvoiceDecider } from './decider';
import type { InsurerInvoiceEvent, InsurerInvoiceLine } from './events';
import type { ExistingInsurerInvoice } from './state';

/* Credits for claims an issued invoice billed that were reversed afterwards (issue 14's known gap). */
const { given } = givenFor(insurerInvoiceDecider);
const AT = '2026-12-05T08:00:00.000Z';
const meta: CommandMeta = { now: AT, actorId: 'finance-2' };
const ID = 'insurer-invoice:misr-insurance:2026-11';
const KEY = 'misr-insurance';
const line = (prescriptionId: string, benefit: number, pharmacyId = 'ph-1'): InsurerInvoiceLine => ({ cardId: 'HP-1', pharmacyId, prescriptionId, benefit, approvedAt: '2026-11-10T09:00:00.000Z' });
const RX1 = line('rx-1', 8_000);
const RX2 = line('rx-2', 2_000);

const drafted: InsurerInvoiceEvent = { type: 'InsurerInvoiceDrafted', data: { invoiceId: ID, insurerKey: KEY, insurerName: 'Misr Insurance', month: '2026-11', lines: [RX1, RX2], total: 10_000, draftedBy: 'finance-1', at: AT } };
const issued: InsurerInvoiceEvent = { type: 'InsurerInvoiceIssued', data: { invoiceId: ID, insurerKey: KEY, total: 10_000, issuedBy: 'finance-1', at: AT } };
const paid = (amount: number, paidTotal: number, reference = 'BANK-1'): InsurerInvoiceEvent => ({ type: 'InsurerInvoicePaymentRecorded', data: { invoiceId: ID, insurerKey: KEY, amount, reference, paidTotal, recordedBy: 'finance-2', at: AT } });
const credited = (lines: InsurerInvoiceLine[], creditedTotal: number, reason?: string): InsurerInvoiceEvent => ({
  type: 'InsurerInvoiceCredited',
  data: { invoiceId: ID, insurerKey: KEY, lines, amount: lines.reduce((s, l) => s + l.benefit, 0), creditedTotal, ...(reason ? { reason } : {}), creditedBy: 'finance-2', at: AT },
});
const credit = (lines: InsurerInvoiceLine[], reason?: string): InsurerInvoiceCommand => ({ type: 'CreditReversedClaims', data: { invoiceId: ID, lines, ...(reason !== undefined && { reason }) }, meta });
const pay = (amount: number, reference: string): InsurerInvoiceCommand => ({ type: 'RecordInsurerPayment', data: { invoiceId: ID, amount, reference }, meta });
const invoice = (events: InsurerInvoiceEvent[]) => given(events).state as ExistingInsurerInvoice;

describe('crediting reversed claims: when there is no invoice', () => {
  it('is not found', () => given([]).when(credit([RX1])).thenThrows('INSURER_INVOICE_NOT_FOUND'));
});

describe('crediting reversed claims: when drafted', () => {
  it('is refused: the draft bills nothing yet, and the error says what to do instead', () => {
    given([drafted]).when(credit([RX1])).thenThrows('INVALID_STATE_TRANSITION', { from: 'draft', to: 'credited' });
    expect(() => insurerInvoiceDecider.decide(credit([RX1]), invoice([drafted]))).toThrow(/draft is not credited.*Issue it/);
  });
});

describe('crediting reversed claims: when issued', () => {
  it('credits the reversed claim at its billed benefit, trimming the reason', () =>
    given([drafted, issued]).when(credit([RX1], '  reversed at the counter  ')).then([credited([RX1], 8_000, 'reversed at the counter')]));

  it('leaves the reason out when none is given or it is blank', () => {
    given([drafted, issued]).when(credit([RX2])).then([credited([RX2], 2_000)]);
    given([drafted, issued]).when(credit([RX2], '   ')).then([credited([RX2], 2_000)]);
  });

  it('lowers what is outstanding and keeps the credit note', () => {
    const inv = invoice([drafted, issued, credited([RX1], 8_000, 'reversed')]);
    expect(inv).toMatchObject({ status: 'issued', credited: 8_000, paid: 0, credits: [{ lines: [RX1], amount: 8_000, reason: 'reversed', at: AT }] });
    expect([outstandingOf(inv), overpaidOf(inv)]).toEqual([2_000, 0]);
  });

  it('is paid, with nothing outstanding, when every claim was credited', () => {
    const inv = invoice([drafted, issued, credited([RX1, RX2], 10_000)]);
    expect([inv.status, outstandingOf(inv), overpaidOf(inv)]).toEqual(['paid', 0, 0]);
  });

  it('caps a payment at the outstanding amount after credits', () => {
    const history = [drafted, issued, credited([RX1], 8_000)];
    given(history).when(pay(2_001, 'BANK-1')).thenThrows('INSURER_PAYMENT_EXCEEDS_OUTSTANDING', { outstanding: 2_000, amount: 2_001 });
    given(history).when(pay(2_000, 'BANK-1')).then([paid(2_000, 2_000)]);
    expect(invoice([...history, paid(2_000, 2_000)]).status).toBe('paid');
  });

  it('refuses crediting the same claim twice, in one command or in two', () => {
    given([drafted, issued, credited([RX1], 8_000)]).when(credit([RX1])).thenThrows('INSURER_CLAIM_ALREADY_CREDITED', { index: 0, prescriptionId: 'rx-1' });
    given([drafted, issued, credited([RX1], 8_000)]).when(credit([RX2, RX1])).thenThrows('INSURER_CLAIM_ALREADY_CREDITED', { index: 1, prescriptionId: 'rx-1' });
    given([drafted, issued]).when(credit([RX2, RX2])).thenThrows('INSURER_CLAIM_ALREADY_CREDITED', { index: 1, prescriptionId: 'rx-2' });
  });

  it('refuses a claim the invoice did not bill: another prescription, pharmacy or benefit', () => {
    given([drafted, issued]).when(credit([line('rx-9', 8_000)])).thenThrows('CLAIM_NOT_ON_INSURER_INVOICE', { index: 0, prescriptionId: 'rx-9' });
    given([drafted, issued]).when(credit([RX2, line('rx-1', 8_000, 'ph-2')])).thenThrows('CLAIM_NOT_ON_INSURER_INVOICE', { index: 1, prescriptionId: 'rx-1' });
    given([drafted, issued]).when(credit([line('rx-1', 9_000)])).thenThrows('CLAIM_NOT_ON_INSURER_INVOICE', { index: 0, prescriptionId: 'rx-1' });
  });

  it('refuses an empty credit as nothing to credit', () => given([drafted, issued]).when(credit([])).thenThrows('INSURER_INVOICE_NOTHING_TO_CREDIT'));

  it('tells which lines are still to credit', () => {
    expect(notYetCredited(invoice([drafted, issued, credited([RX1], 8_000)]), [RX1, RX2])).toEqual([RX2]);
    expect(notYetCredited({ status: 'none' }, [RX1])).toEqual([RX1]);
  });
});

describe('crediting reversed claims: when partially paid', () => {
  const history = [drafted, issued, paid(4_000, 4_000)];
  it('credits and moves to paid when the credit covers the rest', () => {
    given(history).when(credit([RX1])).then([credited([RX1], 8_000)]);
    const inv = invoice([...history, credited([RX1], 8_000)]);
    // The insurer owes 2,000 and paid 4,000: 2,000 is owed back to it.
    expect([inv.status, outstandingOf(inv), overpaidOf(inv)]).toEqual(['paid', 0, 2_000]);
  });
  it('stays partially paid when something is still outstanding', () => {
    const inv = invoice([...history, credited([RX2], 2_000)]);
    expect([inv.status, outstandingOf(inv), overpaidOf(inv)]).toEqual(['partially_paid', 4_000, 0]);
  });
});

describe('crediting reversed claims: when paid in full', () => {
  const history = [drafted, issued, paid(10_000, 10_000)];
  it('credits, and the invoice shows the amount owed back to the insurer', () => {
    given(history).when(credit([RX2])).then([credited([RX2], 2_000)]);
    const inv = invoice([...history, credited([RX2], 2_000)]);
    expect([inv.status, inv.credited, outstandingOf(inv), overpaidOf(inv)]).toEqual(['paid', 2_000, 0, 2_000]);
  });
  it('still takes no payment', () => given([...history, credited([RX2], 2_000)]).when(pay(1, 'BANK-9')).thenThrows('INVALID_STATE_TRANSITION'));
  it('refuses a second credit of the same claim', () => given([...history, credited([RX2], 2_000)]).when(credit([RX2])).thenThrows('INSURER_CLAIM_ALREADY_CREDITED'));
});
