import { randomUUID } from 'node:crypto';
import { EventStore, FEED_START, createPool, readFeed, readModelResets, readModels, readModelTables, type Pool, type StoredEvent } from '@healthpay/db';
import { catchUpCommitted, playLedgerWorld, untilEarlierTransactionsEnd, type LedgerOp } from '@healthpay/db/testing';
import { createMigratedTestDatabase, type TestDatabase } from '@healthpay/db/testing/database';
import { lcg } from '@healthpay/domain/testing/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyToPostgres } from './pg-apply';

/*
 * The scaled path's Postgres side without Kafka: batches as the consumer hands them over (out of order, with gaps,
 * redelivered) must leave the read models, the ledger included, as the embedded projector leaves them.
 */
let db: TestDatabase;
let pool: Pool;
let store: EventStore;
let feed: StoredEvent[];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 4);
  store = new EventStore(pool);
  const rnd = lcg(5);
  const ops: LedgerOp[] = Array.from({ length: 200 }, () => ({ kind: rnd.int(10), a: rnd.int(50), b: rnd.int(50), amount: rnd.between(1, 60_000) }));
  const world = playLedgerWorld(ops);
  const invoice = 'insurer-invoice:misr-insurance:2026-10';
  const at = '2026-11-22T08:00:00.000Z';
  const base = { invoiceId: invoice, insurerKey: 'misr-insurance', at };
  const line = { cardId: 'HP-1', pharmacyId: 'ph-1', prescriptionId: 'rx-0', benefit: 500, approvedAt: at };
  const invoiceEvents = [
    { type: 'InsurerInvoiceDrafted', data: { ...base, insurerName: 'Misr Insurance', month: '2026-10', lines: [line], total: 500, draftedBy: 'f' } },
    { type: 'InsurerInvoiceIssued', data: { ...base, total: 500, issuedBy: 'f' } },
    { type: 'InsurerInvoicePaymentRecorded', data: { ...base, amount: 200, reference: 'B-1', paidTotal: 200, recordedBy: 'f' } },
  ];
  const all = [...world.feed, ...invoiceEvents.map((e, i) => ({ ...e, streamId: invoice, aggregateType: 'insurer-invoice', version: i + 1, metadata: {} }))];
  for (const e of all) {
    const outcome = await store.append({ streams: [{ streamId: e.streamId, aggregateType: e.aggregateType, expectedVersion: e.version - 1, events: [{ eventId: randomUUID(), type: e.type, data: e.data, metadata: e.metadata }] }] });
    expect(outcome).toEqual({ status: 'committed' });
  }
  await untilEarlierTransactionsEnd(pool);
  feed = await readFeed(pool, FEED_START, 100_000);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const ledger = async () => (await pool.query('SELECT event_id, leg, account, debit, credit, day FROM ledger_entries ORDER BY event_id, leg')).rows;
const invoices = async () => (await pool.query('SELECT invoice_id, status, paid, version FROM insurer_invoices ORDER BY invoice_id')).rows;

describe('applyToPostgres (Kafka consumer → Postgres read models)', () => {
  it('posts the ledger once, whatever order and repeats the batches come in, as the embedded projector does', async () => {
    const half = Math.floor(feed.length / 2);
    // The second half first: every stream's gap is filled from the event store; then everything again, in batches.
    await applyToPostgres(pool, store, feed.slice(half));
    for (let i = 0; i < feed.length; i += 17) await applyToPostgres(pool, store, feed.slice(i, i + 17));
    const viaBus = { ledger: await ledger(), invoices: await invoices() };
    expect(viaBus.ledger.length).toBeGreaterThan(100);
    expect(viaBus.ledger.reduce((s, e) => s + Number(e.debit) - Number(e.credit), 0)).toBe(0);
    expect(viaBus.invoices).toEqual([{ invoice_id: 'insurer-invoice:misr-insurance:2026-10', status: 'partially_paid', paid: 200, version: 3 }]);

    await pool.query(`TRUNCATE ${readModelTables.join(', ')}`);
    for (const reset of readModelResets) await pool.query(reset);
    await catchUpCommitted(pool, { name: 'embedded', projections: readModels });
    expect({ ledger: await ledger(), invoices: await invoices() }).toEqual(viaBus);
  });
});
