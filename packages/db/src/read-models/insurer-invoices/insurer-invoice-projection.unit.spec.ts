import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { evolveInsurerInvoiceDoc, type InsurerInvoiceDoc } from './insurer-invoice-projection';

const ID = 'insurer-invoice:axa-egypt:2026-11';
const line = { cardId: 'HP-1', pharmacyId: 'ph-1', prescriptionId: 'rx-1', benefit: 900, approvedAt: '2026-11-10T09:00:00.000Z' };
const ev = (version: number, type: string, data: Record<string, unknown>, at = `2026-12-0${version}T08:00:00.000Z`): StoredEvent => ({
  position: version, transactionId: version, eventId: `e-${version}`, streamId: ID, aggregateType: 'insurer-invoice', type, version,
  data: { invoiceId: ID, insurerKey: 'axa-egypt', at, ...data }, metadata: {}, timestamp: new Date(0),
});
const events = [
  ev(1, 'InsurerInvoiceDrafted', { insurerName: 'AXA Egypt', month: '2026-11', lines: [line], total: 900, draftedBy: 'f' }),
  ev(2, 'InsurerInvoiceIssued', { total: 900, issuedBy: 'f' }),
  ev(3, 'InsurerInvoicePaymentRecorded', { amount: 400, reference: 'B-1', paidTotal: 400, recordedBy: 'f' }),
];
const creditNote = ev(4, 'InsurerInvoiceCredited', { lines: [line], amount: 900, creditedTotal: 900, reason: 'reversed', creditedBy: 'f' });
const fold = (list: StoredEvent[]) => list.reduce<InsurerInvoiceDoc | null>((d, e) => evolveInsurerInvoiceDoc(d, e), null);

describe('insurer invoice projection', () => {
  it('gives the same row when every event is delivered twice', () => {
    expect(fold(events.flatMap((e) => [e, e]))).toEqual(fold(events));
  });
  it('follows the invoice: partially paid, lines kept, drafted and updated times', () => {
    expect(fold(events)).toMatchObject({
      status: 'partially_paid', total: 900, paid: 400, lines: [line], payments: [{ amount: 400, reference: 'B-1' }],
      version: 3, draftedAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-03T08:00:00.000Z',
      credited: 0, credits: [],
    });
  });
  it('keeps a credit note for a reversed claim, once however often it is delivered', () => {
    const withCredit = [...events, creditNote];
    expect(fold(withCredit.flatMap((e) => [e, e]))).toEqual(fold(withCredit));
    // Paid 400 on 900, then all 900 credited: nothing outstanding, 400 owed back (the domain's status is paid).
    expect(fold(withCredit)).toMatchObject({
      status: 'paid', total: 900, paid: 400, credited: 900, version: 4, updatedAt: '2026-12-04T08:00:00.000Z',
      credits: [{ lines: [line], amount: 900, reason: 'reversed', at: '2026-12-04T08:00:00.000Z' }],
    });
  });
});
