import { randomUUID } from 'node:crypto';
import { copayCapturedSql, createPool, EventStore, FEED_START, readCheckpoint, readFeed, readModels, readModelTables, type Pool } from '@healthpay/db';
import { seedDemoData } from '@healthpay/db/ops';
import { catchUpCommitted, playLedgerWorld, untilEarlierTransactionsEnd, type LedgerOp } from '@healthpay/db/testing';
import { createMigratedTestDatabase, type TestDatabase } from '@healthpay/db/testing/database';
import { decideMedCard, decideWallet, type CommandMeta } from '@healthpay/domain';
import { lcg } from '@healthpay/domain/testing/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_MODELS_CHECKPOINT } from '../projector';
import { emptyReadModels, rebuildReadModels, replayReadModels, type RebuildTuning } from '../rebuild';
import { replayFeed } from '../rebuild-batches';
import { EARLY_COPY_WRITES, withCopyWrites } from './copy-writes';
import { DEFERRED_INDEXES, restoreDeferredIndexes } from './deferred-indexes';
import { DEFERRED_KEYS } from './deferred-keys';
import { readFeedRaw } from './read-feed-raw';

/*
 * The rebuild writes append-only rows with COPY and builds some indexes only after the replay: a rebuild stopped
 * midway, by an error or by a kill, must still end in the same rows and the same indexes.
 */
let db: TestDatabase;
let pool: Pool;
/** Every index of the read-model tables in the freshly migrated database. */
let migratedIndexes: Record<string, string>;
/** Every constraint (keys, not-nulls…) of the read-model tables in the freshly migrated database. */
let migratedConstraints: Record<string, string>;
/** Every row of an uninterrupted rebuild. */
let complete: Record<string, string[]>;

const tables = [...readModelTables, 'pharmacies'];

const indexes = async (): Promise<Record<string, string>> => {
  const res = await pool.query<{ name: string; def: string }>(
    'SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = $1 AND tablename = ANY($2)',
    ['public', tables],
  );
  return Object.fromEntries(res.rows.map((r) => [r.name, r.def]).toSorted());
};

const constraints = async (): Promise<Record<string, string>> => {
  const res = await pool.query<{ name: string; def: string }>(
    `SELECT c.conrelid::regclass::text || '.' || c.conname AS name, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
      WHERE c.conrelid IN (SELECT oid FROM pg_class WHERE relname = ANY($1) AND relnamespace = 'public'::regnamespace)`,
    [tables],
  );
  return Object.fromEntries(res.rows.map((r) => [r.name, r.def]).toSorted());
};
/** Indexes and constraints, as the migrations left them. */
const expectMigratedSchema = async () => {
  expect(await indexes()).toEqual(migratedIndexes);
  expect(await constraints()).toEqual(migratedConstraints);
};
/** National ID ciphertexts differ per write (random IV); the hash and mask columns stand for the value. */
const everyRow = async () => {
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const res = await pool.query<{ row: string }>(`SELECT (to_jsonb(t) - 'national_id_ciphertext')::text AS row FROM ${table} t`);
    out[table] = res.rows.map((r) => r.row).toSorted();
  }
  return out;
};
const rowCount = (rows: Record<string, string[]>) => Object.values(rows).reduce((n, r) => n + r.length, 0);

/** Small batches, a flush every few events, and a stop after the third flush committed. */
const stopAfterThirdFlush = (): RebuildTuning => {
  let flushes = 0;
  return {
    batchSize: 7,
    limits: { events: 7 },
    onFlushed: () => {
      if (++flushes === 3) throw new Error('stopped after a flush');
    },
  };
};

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 6);
  migratedIndexes = await indexes();
  migratedConstraints = await constraints();
  await seedDemoData(pool);
  // Payments, transfers, holds, claims and their reversals through the real deciders, appended like commands.
  const rnd = lcg(11);
  const ops: LedgerOp[] = Array.from({ length: 300 }, () => ({ kind: rnd.int(10), a: rnd.int(50), b: rnd.int(50), amount: rnd.between(1, 60_000) }));
  const world = playLedgerWorld(ops);
  // And a copay captured before its claim is decided (the older reference form): the replay meets the capture first.
  const meta: CommandMeta = { now: '2026-11-22T08:00:00.000Z', actorId: 'staff-1' };
  const hold = { walletId: 'w-1', holdId: 'h-ahead', amount: 500, pharmacyId: 'ph-1' };
  world.append('w-1', 'wallet', decideWallet({ type: 'CreditWallet', data: { walletId: 'w-1', amount: 500, reference: 'cash' }, meta }, world.wallet('w-1')));
  world.append('w-1', 'wallet', decideWallet({ type: 'PlaceHold', data: { ...hold, expiresAt: '2026-11-22T09:00:00.000Z', reference: 'copay:HP-1:rx-ahead' }, meta }, world.wallet('w-1')));
  world.append('w-1', 'wallet', decideWallet({ type: 'CaptureHold', data: hold, meta }, world.wallet('w-1')));
  const claim = { prescriptionId: 'rx-ahead', pharmacyId: 'ph-1', beneficiaryId: 'b-0', lines: [{ drugCode: 'D-ahead', drugName: 'Drug', quantity: 1, unitPrice: 900, totalPrice: 900 }], submittedTotal: 900 };
  world.append('HP-1', 'medcard', decideMedCard({ type: 'SubmitPrescriptionClaim', data: { cardId: 'HP-1', claim }, meta }, world.card('HP-1')));
  const store = new EventStore(pool);
  for (const e of world.feed) {
    const outcome = await store.append({ streams: [{ streamId: e.streamId, aggregateType: e.aggregateType, expectedVersion: e.version - 1, events: [{ eventId: randomUUID(), type: e.type, data: e.data, metadata: e.metadata }] }] });
    expect(outcome).toEqual({ status: 'committed' });
  }
  // The feed stops at the oldest transaction open anywhere in the cluster (another spec file's too).
  await untilEarlierTransactionsEnd(pool);
  expect(await rebuildReadModels(pool)).toBeGreaterThan(300);
  complete = await everyRow();
  expect(Object.values(complete).filter((rows) => rows.length > 0).length).toBeGreaterThan(10);
  // Some claims' copays were captured from a wallet, one before the claim: the rebuild writes them so.
  expect(complete.prescription_claims?.filter((row) => row.includes('"copay_from_wallet": true')).length).toBeGreaterThan(1);
  expect(complete.prescription_claims?.find((row) => row.includes('"rx-ahead"'))).toContain('"copay_from_wallet": true');
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

describe('rebuild: COPY writes and indexes built after the replay', () => {
  it('builds the deferred indexes and keys exactly as the migrations define them', async () => {
    await expectMigratedSchema();
    for (const { name, definition } of DEFERRED_INDEXES) expect(migratedIndexes[name]).toBe(definition);
    for (const { constraint, definition } of DEFERRED_KEYS) expect(migratedIndexes[constraint]).toBe(definition);
  });

  it('replays with the ledger key swapped for its guard, which a projector writing beside it cannot get past', async () => {
    const seen: string[][] = [];
    await rebuildReadModels(pool, {
      batchSize: 7,
      limits: { events: 7 },
      onFlushed: async () => {
        seen.push(Object.keys(await indexes()).filter((n) => n.startsWith('ledger_entries_')).toSorted());
      },
    });
    expect(seen[0]).toEqual(['ledger_entries_replay_guard']);
    await expectMigratedSchema();
    // The key swapped out: the live projector's writes (ON CONFLICT DO NOTHING, no target), twice over the same
    // events, still insert each entry once.
    await emptyReadModels(pool);
    await catchUpCommitted(pool, { name: READ_MODELS_CHECKPOINT, projections: readModels, batchSize: 50 });
    await pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [READ_MODELS_CHECKPOINT]);
    await pool.query('TRUNCATE ledger_streams');
    await catchUpCommitted(pool, { name: READ_MODELS_CHECKPOINT, projections: readModels, batchSize: 50 });
    expect(await everyRow()).toEqual(complete);
    await restoreDeferredIndexes(pool);
    await expectMigratedSchema();
  });

  it('a rebuild that fails after a flush leaves its indexes, and the next run the same rows', async () => {
    await expect(rebuildReadModels(pool, stopAfterThirdFlush())).rejects.toThrow('stopped after a flush');
    expect(rowCount(await everyRow())).toBeLessThan(rowCount(complete));
    await expectMigratedSchema();
    await rebuildReadModels(pool);
    expect(await everyRow()).toEqual(complete);
    await expectMigratedSchema();
  });

  it('after a rebuild killed midway (indexes gone), the next run ends with the same rows and every index', async () => {
    await emptyReadModels(pool);
    // A kill: nothing runs after the stop, so the deferred indexes stay dropped.
    await expect(replayReadModels(pool, stopAfterThirdFlush())).rejects.toThrow('stopped after a flush');
    const left = await indexes();
    for (const { name } of DEFERRED_INDEXES) expect(left[name]).toBeUndefined();
    for (const { constraint, guard } of DEFERRED_KEYS) {
      expect(left[constraint]).toBeUndefined();
      expect(left[guard]).toBeDefined();
    }
    await rebuildReadModels(pool);
    expect(await everyRow()).toEqual(complete);
    await expectMigratedSchema();
  });

  it('after a rebuild killed midway, the projector carries on from its checkpoint to the same rows', async () => {
    await emptyReadModels(pool);
    await expect(replayReadModels(pool, stopAfterThirdFlush())).rejects.toThrow('stopped after a flush');
    // As the projector's start (main.ts): the indexes back, and the claims whose copay the replay left unmarked marked.
    await restoreDeferredIndexes(pool);
    await catchUpCommitted(pool, { name: READ_MODELS_CHECKPOINT, projections: readModels, batchSize: 50 });
    expect(await everyRow()).toEqual(complete);
    await expectMigratedSchema();
  });

  it('a restore marks the copays paid from the wallet before it builds an index, so one that fails midway has marked them', async () => {
    await rebuildReadModels(pool);
    // One deferred index missing, no claim marked, and its build bound to fail: two history lines with one (wallet, version).
    await pool.query('DROP INDEX wallet_transactions_wallet_id_version_key');
    await pool.query('UPDATE prescription_claims SET copay_from_wallet = false');
    await pool.query(`INSERT INTO wallet_transactions SELECT (jsonb_populate_record(t, '{"event_id": "${randomUUID()}"}')).* FROM wallet_transactions t LIMIT 1`);
    await expect(restoreDeferredIndexes(pool)).rejects.toThrow('wallet_transactions_wallet_id_version_key');
    expect((await everyRow()).prescription_claims).toEqual(complete.prescription_claims);
    await pool.query('DELETE FROM wallet_transactions WHERE event_id NOT IN (SELECT event_id FROM events)');
    await restoreDeferredIndexes(pool);
    expect(await everyRow()).toEqual(complete);
    await expectMigratedSchema();
  });

  it('after a replay stopped with rows written ahead of its checkpoint, the projector and the next rebuild end with the same rows', async () => {
    await emptyReadModels(pool);
    let reads = 0;
    // No flush before the end: every ledger entry, history line and claim so far is written early, none under a checkpoint.
    const stopped = replayFeed(pool, {
      name: READ_MODELS_CHECKPOINT, emptied: true, projections: withCopyWrites(readModels), early: EARLY_COPY_WRITES, batchSize: 7,
      limits: { events: 1_000_000 },
      readFeed: (p, from, limit) => (++reads === 30 ? Promise.reject(new Error('feed gone')) : readFeedRaw(p, from, limit)),
    });
    await expect(stopped).rejects.toThrow('feed gone');
    expect(await readCheckpoint(pool, READ_MODELS_CHECKPOINT)).toEqual(FEED_START);
    const written = await pool.query<{ n: string }>(
      'SELECT (SELECT count(*) FROM ledger_entries) + (SELECT count(*) FROM wallet_transactions) + (SELECT count(*) FROM prescription_claims) AS n',
    );
    expect(Number(written.rows[0]?.n)).toBeGreaterThan(0);
    // As the projector's start (main.ts): the rebuild's hold rows are captured already, so the projector's own replay
    // of the captures changes nothing and marks no claim; the restore marks them.
    await restoreDeferredIndexes(pool);
    await catchUpCommitted(pool, { name: READ_MODELS_CHECKPOINT, projections: readModels, batchSize: 50 });
    expect(await everyRow()).toEqual(complete);
    await rebuildReadModels(pool);
    expect(await everyRow()).toEqual(complete);
    await expectMigratedSchema();
  });

  it('a replay over rows already written (restarted from the start) falls back from COPY and changes nothing', async () => {
    await rebuildReadModels(pool);
    await pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [READ_MODELS_CHECKPOINT]);
    // Small flushes: most COPY chunks meet rows already there.
    expect(await replayReadModels(pool, { batchSize: 50, limits: { events: 50 } })).toBeGreaterThan(300);
    expect(await everyRow()).toEqual(complete);
  });

  it('the replay writes each claim with how its copay was paid, captured before or after the claim: none left to mark at the end', async () => {
    await emptyReadModels(pool);
    // Small batches and flushes: claims and the captures of their copays land in different transactions.
    expect(await replayReadModels(pool, { batchSize: 7, limits: { events: 50 } })).toBeGreaterThan(300);
    const wrong = await pool.query(`SELECT prescription_id FROM prescription_claims c WHERE c.copay_from_wallet <> ${copayCapturedSql('c')}`);
    expect(wrong.rows).toEqual([]);
    expect((await everyRow()).prescription_claims).toEqual(complete.prescription_claims);
    await restoreDeferredIndexes(pool);
    expect(await everyRow()).toEqual(complete);
  });

  it('reads the same events as readFeed, personal data opened', async () => {
    // As plain stored events: the metadata and timestamp are read through getters.
    const fast = (await readFeedRaw(pool, FEED_START, 100_000)).map((e) => ({
      position: e.position, transactionId: e.transactionId, eventId: e.eventId, streamId: e.streamId, aggregateType: e.aggregateType,
      type: e.type, version: e.version, data: e.data, metadata: e.metadata, timestamp: e.timestamp,
    }));
    expect(fast).toEqual(await readFeed(pool, FEED_START, 100_000));
    const issued = fast.find((e) => e.type === 'MedCardIssued' && JSON.stringify(e.data).includes('28503140101235'));
    expect(issued).toBeDefined();
  });
});
