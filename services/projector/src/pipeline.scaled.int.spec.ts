import { randomUUID } from 'node:crypto';
import { cqlBalances } from '@healthpay/api/balances';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildCql } from './cql/rebuild-cql';
import { toEventMessage, topicFor } from '@healthpay/db/pipeline';
import { RELAY_CHECKPOINT } from './relay/relay';
import { scaledHarness, type ScaledHarness } from './testing/scaled-harness';

let h: ScaledHarness;
beforeAll(async () => {
  h = await scaledHarness();
});
afterAll(() => h.closeScaled());



/** CQL and the Postgres read model both agree with the event store, eventually (bounded wait). */
async function converged(walletId: string) {
  const expected = await h.eventBalance(walletId);
  await expect.poll(async () => (await h.cqlWallet(walletId))?.balance, { timeout: 30_000, interval: 100 }).toBe(expected);
  await expect.poll(async () => (await h.services.pool.query('SELECT balance FROM wallets WHERE wallet_id = $1', [walletId])).rows[0]?.balance, { timeout: 30_000, interval: 100 }).toBe(expected);
  return expected;
}

describe('scaled mode: outbox → Kafka → consumer → CQL + Postgres', () => {
  it('a debit committed through the API appears in the CQL balance table', async () => {
    const consumer = await h.startConsumer();
    const walletId = await h.newWallet(10_000);
    await (await h.as('u-omar')).wallet.debit({ walletId, amount: 2_550, reference: 'pharmacy' });
    expect(await h.relayAll()).toBeGreaterThan(0);
    expect(await converged(walletId)).toBe(7_450);
    expect(await h.cqlWallet(walletId)).toEqual({ balance: 7_450, held: 0, available: 7_450, version: 4 });
    expect(consumer.lag.count).toBeGreaterThan(0);
    // The API's balance queries in scaled mode read this CQL row.
    await h.services.pool.query('UPDATE wallets SET balance = -1 WHERE wallet_id = $1', [walletId]);
    const omar = await h.as('u-omar', { services: { ...h.services, balances: cqlBalances(h.cql, h.keyspace) } });
    expect(await omar.wallet.get({ walletId })).toMatchObject({ balance: 7_450, available: 7_450, version: 4 });
    await consumer.stop();
  });

  it('every message delivered twice changes nothing', async () => {
    const consumer = await h.startConsumer();
    const walletId = await h.newWallet(5_000);
    const finance = await h.as('u-finance');
    const holdId = randomUUID();
    await finance.wallet.placeHold({ walletId, holdId, amount: 1_000, expiresAt: '2099-01-01T00:00:00Z', reference: 'rx' });
    await finance.wallet.captureHold({ walletId, holdId, amount: 600 });
    await h.relayAll();
    await converged(walletId);
    const before = await h.cqlWallet(walletId);
    const seenBefore = consumer.stats.events;
    // Publish the whole feed again from the start: every event is now on the bus twice.
    await h.services.pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [RELAY_CHECKPOINT]);
    const republished = await h.relayAll();
    expect(republished).toBeGreaterThanOrEqual(6);
    // Wait until the consumer has actually taken in the whole second copy (else this could pass vacuously).
    await expect.poll(() => consumer.stats.events - seenBefore, { timeout: 30_000 }).toBeGreaterThanOrEqual(republished);
    expect(consumer.stats.cql.duplicates).toBeGreaterThan(0);
    expect(await h.cqlWallet(walletId)).toEqual(before);
    expect(before).toMatchObject({ balance: 4_400, held: 0, available: 4_400 });
    await converged(walletId);
    await consumer.stop();
  });

  it('a consumer restarted mid-stream picks up where the group left off, without double-applying', async () => {
    const first = await h.startConsumer();
    const walletId = await h.newWallet(100_000);
    const omar = await h.as('u-omar');
    for (let i = 0; i < 20; i++) await omar.wallet.debit({ walletId, amount: 100 + i, reference: `d${i}` });
    await h.relayAll();
    await first.stop();
    for (let i = 0; i < 20; i++) await omar.wallet.debit({ walletId, amount: 50, reference: `e${i}` });
    await h.relayAll();
    const second = await h.startConsumer();
    expect(await converged(walletId)).toBe(100_000 - (20 * 100 + 190) - 20 * 50);
    await second.stop();
  });

  it('a batch whose Postgres transaction fails is fetched again and applied', async () => {
    // The consumer's pool refuses its next two connections: the transactions of the first batches fail.
    let refusals = 2;
    const pool = new Proxy(h.services.pool, {
      get(target, key) {
        if (key === 'connect' && refusals > 0) return () => { refusals--; return Promise.reject(new Error('connection refused (spec)')); };
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const walletId = await h.newWallet(3_000);
    await (await h.as('u-omar')).wallet.debit({ walletId, amount: 500, reference: 'refused' });
    await h.relayAll();
    const consumer = await h.startConsumer({ pool });
    try {
      expect(await converged(walletId)).toBe(2_500);
      expect(refusals).toBe(0);
    } finally {
      await consumer.stop();
    }
  });

  it('a version gap on the bus is filled from the event store, not skipped', async () => {
    const consumer = await h.startConsumer();
    try {
      const walletId = await h.newWallet(9_000);
      await h.relayAll();
      await converged(walletId);
      const omar = await h.as('u-omar');
      for (const amount of [100, 200, 300]) await omar.wallet.debit({ walletId, amount, reference: 'gap' });
      // Only the newest event reaches the bus: versions 4 and 5 are missing when version 6 arrives.
      const [newest] = (await h.services.store.readStream(walletId)).slice(-1);
      const producer = h.kafka.producer();
      await producer.connect();
      await producer.send({ topic: topicFor('wallet', h.prefix), acks: -1, messages: [{ key: walletId, value: JSON.stringify(toEventMessage(newest!)) }] });
      await producer.disconnect();
      await expect.poll(async () => (await h.cqlWallet(walletId))?.balance, { timeout: 30_000, interval: 100 }).toBe(8_400);
      expect(consumer.stats.cql.gapsFilled).toBeGreaterThanOrEqual(2);
      expect(await h.cqlWallet(walletId)).toMatchObject({ version: 6 });
    } finally {
      await consumer.stop();
    }
  });

  it('rebuilds the CQL store from the event store into empty tables, matching the events', async () => {
    await h.cql.execute(`UPDATE ${h.keyspace}.wallet_balances USING TIMESTAMP 999999 SET balance = -1 WHERE wallet_id = 'junk'`);
    const replayed = await rebuildCql(h.services.pool, h.services.store, h.cql, h.keyspace);
    const truth = (await h.services.pool.query<{ id: string; version: number }>(
      `SELECT aggregate_id AS id, max(version)::int AS version FROM events WHERE aggregate_type = 'wallet' GROUP BY 1`)).rows;
    expect(replayed).toBeGreaterThan(truth.length);
    const rows = (await h.cql.execute(`SELECT wallet_id, balance, last_version FROM ${h.keyspace}.wallet_balances`)).rows;
    expect(rows.map((r) => r.wallet_id as string).sort()).toEqual(truth.map((t) => t.id).sort());
    for (const t of truth) {
      const row = rows.find((r) => r.wallet_id === t.id);
      expect([t.id, Number(row?.balance), row?.last_version]).toEqual([t.id, await h.eventBalance(t.id), t.version]);
    }
  });
});
