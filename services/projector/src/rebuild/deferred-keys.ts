import type { Pool, PoolClient } from '@healthpay/db';
import { inTransaction } from './in-transaction';

/**
 * A primary key a rebuild swaps, with the truncate, for a unique guard that is cheap to keep while the replay writes,
 * and builds again (by sorting the full table) once the replay is done. `ledger_entries`' key is (event id, leg): a
 * random UUID, so each of the ~2 entries per money event was a descent to a random leaf page of a growing btree (in a
 * profile of the replay, primary-key inserts were half of Postgres's CPU, this key the one with the most rows). The guard is ("position", leg): the
 * event's position is as unique as its id (both are keys of `events`), and a replay appends in feed order, so every
 * insert lands in the last few leaf pages. The guard keeps every `ON CONFLICT DO NOTHING` (no target: any unique
 * index is an arbiter) and every COPY's unique violation meaning what they did, for the replay and for a projector
 * writing beside it or carrying on after a killed rebuild. The key is back before the guard goes, so the table never
 * lacks a unique guard. The definition is the migrations' (`rebuild.int.spec.ts` compares it with the catalog).
 */
export const DEFERRED_KEYS: readonly { table: string; constraint: string; definition: string; guard: string; guardDefinition: string }[] = [
  {
    table: 'ledger_entries',
    constraint: 'ledger_entries_pkey',
    definition: 'CREATE UNIQUE INDEX ledger_entries_pkey ON public.ledger_entries USING btree (event_id, leg)',
    guard: 'ledger_entries_replay_guard',
    guardDefinition: 'CREATE UNIQUE INDEX ledger_entries_replay_guard ON public.ledger_entries USING btree ("position", leg)',
  },
];

const ifNotExists = (definition: string) => definition.replace(/^CREATE UNIQUE INDEX /, 'CREATE UNIQUE INDEX IF NOT EXISTS ');

/** The guards in, the keys out; run in the transaction that empties the tables (building a guard on an empty table is instant). */
export async function dropDeferredKeys(tx: PoolClient): Promise<void> {
  for (const k of DEFERRED_KEYS) {
    await tx.query(ifNotExists(k.guardDefinition));
    await tx.query(`ALTER TABLE public.${k.table} DROP CONSTRAINT IF EXISTS ${k.constraint}`);
    // Left by a restore that died between building the index and making it the key.
    await tx.query(`DROP INDEX IF EXISTS public.${k.constraint}`);
  }
}

/** The tables whose key is missing (their guard is in), from the catalog. */
export async function missingKeys(pool: Pool): Promise<typeof DEFERRED_KEYS> {
  const res = await pool.query<{ name: string }>(
    `SELECT c.conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.contype = 'p' AND c.conname = ANY($1::text[])`,
    [DEFERRED_KEYS.map((k) => k.constraint)],
  );
  const have = new Set(res.rows.map((r) => r.name));
  return DEFERRED_KEYS.filter((k) => !have.has(k.constraint));
}

/**
 * Builds a missing key: its unique index (writes wait, reads go on), then, in the same transaction, the index made the
 * primary key and the guard dropped (an instant under an exclusive lock).
 */
export const restoreDeferredKey = (pool: Pool, k: (typeof DEFERRED_KEYS)[number]): Promise<void> =>
  inTransaction(pool, ["SET LOCAL maintenance_work_mem = '256MB'"], async (tx) => {
    await tx.query(ifNotExists(k.definition));
    await tx.query(`ALTER TABLE public.${k.table} ADD CONSTRAINT ${k.constraint} PRIMARY KEY USING INDEX ${k.constraint}`);
    await tx.query(`DROP INDEX IF EXISTS public.${k.guard}`);
  });
