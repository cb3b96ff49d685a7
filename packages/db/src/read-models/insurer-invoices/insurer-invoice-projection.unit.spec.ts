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
const fold = (list: StoredEvent[]) => list.reduce<InsurerInvoiceDoc | null>((d, e) => evolveInsurerInvoiceDoc(d, e), null);

describe('insurer invoice projection', () => {
  it('gives the same row when every event is delivered twice', () => {
    expect(fold(events.flatMap((e) => [e, e]))).toEqual(fold(events));
  });
  it('follows the invoice: partially paid, lines kept, drafted and updated times', () => {
    expect(fold(events)).toMatchObject({
      status: 'partially_paid', total: 900, paid: 400, lines: [line], payments: [{ amount: 400, reference: 'B-1' }],
      version: 3, draftedAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-03T08:00:00.000Z',
    });
  });
});
