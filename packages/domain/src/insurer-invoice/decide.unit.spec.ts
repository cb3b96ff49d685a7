import { describe, expect, it } from 'vitest';
import type { CommandMeta } from '../shared/command';
import { givenFor } from '../testing/decider-given';
import type { InsurerInvoiceCommand } from './commands';
import { insurerInvoiceDecider } from './decider';
import type { InsurerInvoiceEvent, InsurerInvoiceLine } from './events';
import { insurerKeyOf } from './insurer-key';

const { given } = givenFor(insurerInvoiceDecider);
const AT = '2026-12-03T08:00:00.000Z';
const meta: CommandMeta = { now: AT, actorId: 'finance-1' };
const ID = 'insurer-invoice:misr-insurance:2026-11';
const line = (prescriptionId: string, benefit: number): InsurerInvoiceLine => ({ cardId: 'HP-1', pharmacyId: 'ph-1', prescriptionId, benefit, approvedAt: '2026-11-10T09:00:00.000Z' });
const LINES = [line('rx-1', 8_000), line('rx-2', 2_000)];

const draft = (lines = LINES, insurerName = ' Misr  Insurance ', month = '2026-11'): InsurerInvoiceCommand => ({ type: 'DraftInsurerInvoice', data: { insurerName, month, lines }, meta });
const issue: InsurerInvoiceCommand = { type: 'IssueInsurerInvoice', data: { invoiceId: ID }, meta };
const pay = (amount: number, reference = 'BANK-1'): InsurerInvoiceCommand => ({ type: 'RecordInsurerPayment', data: { invoiceId: ID, amount, reference }, meta });

const drafted: InsurerInvoiceEvent = { type: 'InsurerInvoiceDrafted', data: { invoiceId: ID, insurerKey: 'misr-insurance', insurerName: 'Misr Insurance', month: '2026-11', lines: LINES, total: 10_000, draftedBy: 'finance-1', at: AT } };
const issued: InsurerInvoiceEvent = { type: 'InsurerInvoiceIssued', data: { invoiceId: ID, insurerKey: 'misr-insurance', total: 10_000, issuedBy: 'finance-1', at: AT } };
const paid = (amount: number, paidTotal: number, reference = 'BANK-1'): InsurerInvoiceEvent => ({ type: 'InsurerInvoicePaymentRecorded', data: { invoiceId: ID, insurerKey: 'misr-insurance', amount, reference, paidTotal, recordedBy: 'finance-1', at: AT } });

describe('insurer key', () => {
  it('is one key for spellings that differ only in case, spacing and punctuation, and keeps Arabic letters', () => {
    expect(insurerKeyOf(' AXA  Egypt ')).toBe('axa-egypt');
    expect(insurerKeyOf('axa-egypt.')).toBe('axa-egypt');
    expect(insurerKeyOf('مصر للتأمين')).toBe('مصر-للتأمين');
  });
});

describe('when there is no invoice', () => {
  it('drafts one for the insurer and month, totalling its lines', () => given([]).when(draft()).then([drafted]));
  it('refuses a month with nothing to invoice', () => given([]).when(draft([])).thenThrows('INSURER_INVOICE_EMPTY'));
  it('refuses a bad month', () => given([]).when(draft(LINES, 'Misr Insurance', '2026-13')).thenThrows('INVALID_INSURER_INVOICE', { field: 'month' }));
  it('refuses a month that is not over yet (Cairo)', () => given([]).when(draft(LINES, 'Misr Insurance', '2026-12')).thenThrows('INVALID_INSURER_INVOICE', { field: 'month', month: '2026-12' }));
  it('refuses a claim listed twice or a line without benefit', () => {
    given([]).when(draft([line('rx-1', 10), line('rx-1', 10)])).thenThrows('INVALID_INSURER_INVOICE', { field: 'lines', index: 1 });
    given([]).when(draft([line('rx-1', 0)])).thenThrows('INVALID_INSURER_INVOICE', { field: 'lines', index: 0 });
  });
  it('cannot be issued or paid', () => {
    given([]).when(issue).thenThrows('INSURER_INVOICE_NOT_FOUND');
    given([]).when(pay(1)).thenThrows('INSURER_INVOICE_NOT_FOUND');
  });
});

describe('when drafted', () => {
  it('is issued', () => given([drafted]).when(issue).then([issued]));
  it('refuses a second draft for the same insurer and month', () => given([drafted]).when(draft()).thenThrows('INSURER_INVOICE_ALREADY_EXISTS'));
  it('takes no payment before it is issued', () => given([drafted]).when(pay(100)).thenThrows('INVALID_STATE_TRANSITION'));
});

describe('when issued', () => {
  it('records a partial payment', () => {
    given([drafted, issued]).when(pay(4_000)).then([paid(4_000, 4_000)]);
    expect(given([drafted, issued, paid(4_000, 4_000)]).state).toMatchObject({ status: 'partially_paid', paid: 4_000 });
  });
  it('is paid when the payments reach the total', () => {
    given([drafted, issued, paid(4_000, 4_000)]).when(pay(6_000, 'BANK-2')).then([paid(6_000, 10_000, 'BANK-2')]);
    expect(given([drafted, issued, paid(4_000, 4_000), paid(6_000, 10_000, 'BANK-2')]).state).toMatchObject({ status: 'paid' });
  });
  it('refuses more than is outstanding, a repeated reference, no reference, or a bad amount', () => {
    given([drafted, issued, paid(4_000, 4_000)]).when(pay(6_001, 'BANK-2')).thenThrows('INSURER_PAYMENT_EXCEEDS_OUTSTANDING', { outstanding: 6_000, amount: 6_001 });
    given([drafted, issued, paid(4_000, 4_000)]).when(pay(1)).thenThrows('DUPLICATE_PAYMENT_REFERENCE');
    given([drafted, issued]).when(pay(1, '  ')).thenThrows('PAYMENT_REFERENCE_REQUIRED');
    given([drafted, issued]).when(pay(1.5)).thenThrows('INVALID_AMOUNT');
  });
  it('is not issued twice', () => given([drafted, issued]).when(issue).thenThrows('INVALID_STATE_TRANSITION'));
});

describe('when paid', () => {
  it('takes no more payments', () => given([drafted, issued, paid(10_000, 10_000)]).when(pay(1, 'BANK-3')).thenThrows('INVALID_STATE_TRANSITION'));
});
