import { randomUUID } from 'node:crypto';
import { apiHarness } from '@healthpay/api/testing';
import { activeCard, rxLine } from '@healthpay/api/testing/medcards';
import { EventStore, FEED_START, createPool, readFeed, projectedVersions, readModelResets, readModels, readModelTables, settlementReadModelTables, type Pool, type StoredEvent } from '@healthpay/db';
import { catchUpCommitted, crossedCopays, demoMedCards, playLedgerWorld, untilEarlierTransactionsEnd, type LedgerOp } from '@healthpay/db/testing';
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

describe('applyToPostgres: fee schedules and settlement statements', () => {
  it('keeps them as the embedded projector does, the schedule delivered after the claims it prices', async () => {
    const h = await apiHarness();
    try {
      const q = h.services.pool;
      h.services.clock = () => new Date('2026-11-18T10:00:00.000Z'); // Wednesday of the week of Saturday 14 November 2026
      const finance = await h.as('u-finance');
      await finance.settlements.setFeeSchedule({ scope: { kind: 'default' }, percentBps: 250, fixedPerClaim: 100, effectiveFrom: '2026-11-18', reason: 'launch terms' });
      const card = await activeCard(h, 'u-omar', { monthlyLimit: 10_000_000 });
      for (const [i, price] of [1_000, 2_345].entries()) {
        await (await h.as('u-pharmacist')).claims.submit({
          cardId: card.cardId, prescriptionId: `rx-pg-apply-${i}`, beneficiaryId: card.holder.beneficiaryId, lines: [rxLine(`D-PG-${i}`, 2, price)], submittedTotal: 2 * price,
        });
      }
      await h.project(); // closing reads the open statement's lines
      h.services.clock = () => new Date('2026-11-21T10:00:00.000Z');
      const week = 'stl-w-2026-11-14-ph-ezaby-maadi';
      await finance.settlements.close({ settlementId: week, reason: 'week over' });
      await finance.settlements.approve({ settlementId: week });
      await untilEarlierTransactionsEnd(q);
      const all = await readFeed(q, FEED_START, 100_000);
      const snapshot = async () => {
        const out: Record<string, unknown[]> = {};
        for (const table of settlementReadModelTables) out[table] = (await q.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows;
        return out;
      };
      const emptyReadModels = async () => {
        await q.query(`TRUNCATE ${readModelTables.join(', ')}`);
        for (const reset of readModelResets) await q.query(reset);
      };

      await emptyReadModels();
      // The card and settlement topics first, the fee schedule's last, then everything again in small batches.
      const fee = all.filter((e) => e.aggregateType === 'fee-schedule');
      expect(fee).toHaveLength(1);
      await applyToPostgres(q, h.services.store, all.filter((e) => e.aggregateType !== 'fee-schedule'));
      await applyToPostgres(q, h.services.store, fee);
      for (let i = 0; i < all.length; i += 7) await applyToPostgres(q, h.services.store, all.slice(i, i + 7));
      const viaBus = await snapshot();
      const mine = (viaBus.settlement_lines as { card_id: string; settlement_id: string; commission: number; frozen: boolean }[]).filter((l) => l.card_id === card.cardId);
      expect(mine.map(({ settlement_id, frozen }) => ({ settlement_id, frozen }))).toEqual([{ settlement_id: week, frozen: true }, { settlement_id: week, frozen: true }]);
      expect(mine.every((l) => l.commission > 100)).toBe(true);
      expect(viaBus.fee_schedules).toHaveLength(1);
      expect(viaBus.settlement_statements).toContainEqual(expect.objectContaining({ id: week, status: 'approved', version: 2 }));
      // What a read waits for after these commands (consistency/version-wait.ts): the approval has no ledger postings.
      expect(await projectedVersions.settlement?.(q, [`settlement:${week}`])).toEqual(new Map([[`settlement:${week}`, 2]]));
      expect(await projectedVersions['fee-schedule']?.(q, ['fee-schedule:default'])).toEqual(new Map([['fee-schedule:default', 1]]));

      await emptyReadModels();
      await catchUpCommitted(q, { name: 'embedded-settlements', projections: readModels });
      expect(await snapshot()).toEqual(viaBus);
    } finally {
      await h.close();
    }
  });
});

describe('applyToPostgres: two projector processes, each with a claim and the capture of the other card\'s copay', () => {
  it('both commit (the cards\' locks taken whole first: no deadlock), and both claims are paid from the wallet', async () => {
    const h = await apiHarness();
    try {
      await h.project();
      const q = h.services.pool;
      const crossed = await crossedCopays(q, [demoMedCards.ahmed.cardId, demoMedCards.omar.cardId], 'pg-apply', (events) => applyToPostgres(q, h.services.store, events));
      expect(crossed.outcomes).toEqual(['fulfilled', 'fulfilled']);
      expect(crossed.paid.map((r) => r.copay_from_wallet)).toEqual([true, true]);
    } finally {
      await h.close();
    }
  });
});

describe('applyToPostgres: a batch of money moves in one statement', () => {
  it('leaves the wallet and ledger read models as the embedded projector does, with no transaction sent', async () => {
    const own = await createMigratedTestDatabase();
    const q = createPool(own.connectionString, 2);
    try {
      const rnd = lcg(11);
      // Credits, debits and transfers only: every batch is one the wallet, history and ledger read models take alone.
      const ops: LedgerOp[] = Array.from({ length: 120 }, () => ({ kind: 3 + rnd.int(3), a: rnd.int(20), b: rnd.int(20), amount: rnd.between(1, 60_000) }));
      const moves = playLedgerWorld(ops).feed.filter((e) => e.aggregateType === 'wallet');
      const s = new EventStore(q);
      for (const e of moves) {
        await s.append({ streams: [{ streamId: e.streamId, aggregateType: e.aggregateType, expectedVersion: e.version - 1, events: [{ eventId: randomUUID(), type: e.type, data: e.data, metadata: e.metadata }] }] });
      }
      await untilEarlierTransactionsEnd(q);
      const events = await readFeed(q, FEED_START, 100_000);
      expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['WalletCredited', 'WalletDebited', 'WalletTransferSent', 'WalletTransferReceived']));
      const sent: string[] = [];
      const recording = {
        connect: async () => {
          const c = await q.connect();
          return { query: (t: string | { text: string }, v?: unknown[]) => (sent.push(typeof t === 'string' ? t : t.text), c.query(t as string, v)), release: () => c.release() };
        },
      } as unknown as Pool;
      const tables = ['wallets', 'wallet_transactions', 'ledger_streams', 'ledger_entries'];
      const snapshot = async () => Object.fromEntries(await Promise.all(tables.map(async (t) => [t, (await q.query(`SELECT * FROM ${t} ORDER BY 1, 2`)).rows])));

      // The second half first (each stream's gap filled from the store), then every batch twice.
      await applyToPostgres(recording, s, events.slice(events.length / 2));
      for (let i = 0; i < events.length; i += 13) {
        await applyToPostgres(recording, s, events.slice(i, i + 13));
        await applyToPostgres(recording, s, events.slice(i, i + 13));
      }
      expect(sent.filter((t) => /^(BEGIN|COMMIT)/.test(t))).toEqual([]);
      const viaBus = await snapshot();
      expect(viaBus.ledger_entries?.length).toBeGreaterThan(100);

      await q.query(`TRUNCATE ${readModelTables.join(', ')}`);
      await catchUpCommitted(q, { name: 'embedded-moves', projections: readModels });
      expect(await snapshot()).toEqual(viaBus);
    } finally {
      await q.end();
      await own.drop();
    }
  });
});
