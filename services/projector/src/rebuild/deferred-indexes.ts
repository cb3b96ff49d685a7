import { markAllCopaysFromWallet, type Pool, type PoolClient } from '@healthpay/db';
import { dropDeferredKeys, missingKeys, restoreDeferredKey } from './deferred-keys';
import { inTransaction } from './in-transaction';

/**
 * Secondary indexes a rebuild drops with the truncate and builds again once the replay is done (a build from the
 * full table costs a fraction of keeping the index up to date row by row). Only indexes nothing reads or relies on
 * while the replay runs: the projections load by primary key, and primary keys stay (every insert's
 * `ON CONFLICT DO NOTHING` rests on them). `wallet_transactions_wallet_id_version_key` is unique but guards nothing
 * the primary key does not: a line's (wallet, version) is its event's (stream, version), unique in the event store
 * as the event id is. The definitions are the migrations' (`rebuild.int.spec.ts` compares them with the catalog): the
 * code, not the catalog, must know them, since a rebuild that dies midway leaves the catalog without them.
 */
export const DEFERRED_INDEXES: readonly { name: string; definition: string }[] = [
  'CREATE INDEX ledger_entries_account_position_idx ON public.ledger_entries USING btree (account, "position")',
  'CREATE INDEX ledger_entries_day_idx ON public.ledger_entries USING btree (day)',
  'CREATE UNIQUE INDEX wallet_transactions_wallet_id_version_key ON public.wallet_transactions USING btree (wallet_id, version)',
  'CREATE INDEX prescription_claims_pharmacy_id_decided_at_idx ON public.prescription_claims USING btree (pharmacy_id, decided_at)',
  'CREATE INDEX prescription_claims_card_id_decided_at_idx ON public.prescription_claims USING btree (card_id, decided_at)',
  'CREATE INDEX prescription_claims_month_idx ON public.prescription_claims USING btree (month)',
  'CREATE INDEX prescription_items_drug_code_idx ON public.prescription_items USING btree (drug_code)',
  // The staff card search's trigram indexes (migration 20261207170000): the name key's costs a function call and ~40
  // trigrams per row written (~0.12 ms a card on PG 15), and a card's row is written again by its later events.
  'CREATE INDEX medcards_holder_name_idx ON public.medcards USING gin (holder_name gin_trgm_ops)',
  'CREATE INDEX medcards_holder_name_key_idx ON public.medcards USING gin (hp_holder_name_key(holder_name) gin_trgm_ops)',
].map((definition) => ({ name: /INDEX (\S+) ON/.exec(definition)?.[1] ?? '', definition }));

/**
 * Drops them, and swaps the deferred primary keys for their guards (`DEFERRED_KEYS`); run in the transaction that
 * empties the tables, so the tables are never both full and unindexed.
 */
export async function dropDeferredIndexes(tx: PoolClient): Promise<void> {
  for (const { name } of DEFERRED_INDEXES) await tx.query(`DROP INDEX IF EXISTS public.${name}`);
  await dropDeferredKeys(tx);
}

/**
 * Builds the missing ones and the missing deferred keys (after a replay; after a rebuild that died, any time: `IF NOT
 * EXISTS`), side by side, each with room to sort in memory. A build blocks writes to its table (not reads) while it runs.
 * If any was missing (a rebuild ended, or died), first the claims whose copay a captured hold paid are marked, unless
 * the caller says its replay ended with every claim written with its copay's source (`copaysMarked`: a rebuild's
 * `CopayMarks`); a replay that died, or a bench's without them, leaves that to here. Before the builds, so a restore that
 * dies midway leaves an index missing and the next one (the projector's start) marks them again; and the rows updated
 * carry fewer indexes.
 */
export async function restoreDeferredIndexes(pool: Pool, { copaysMarked = false } = {}): Promise<void> {
  // Only the missing ones: `IF NOT EXISTS` alone would still take each table's share lock, which at a projector's
  // start means waiting for writes in flight.
  const present = await pool.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'i' AND c.relname = ANY($1::text[])`,
    [DEFERRED_INDEXES.map((i) => i.name)],
  );
  const have = new Set(present.rows.map((r) => r.name));
  const keys = await missingKeys(pool);
  if (!copaysMarked && (keys.length > 0 || DEFERRED_INDEXES.some(({ name }) => !have.has(name)))) {
    // Statistics first: planned on those of the emptied tables, a join of claims and holds can compare every pair.
    await pool.query('ANALYZE wallet_holds, prescription_claims');
    await markAllCopaysFromWallet(pool);
  }
  await Promise.all([
    ...keys.map((k) => restoreDeferredKey(pool, k)),
    ...DEFERRED_INDEXES.filter(({ name }) => !have.has(name)).map(({ definition }) =>
      inTransaction(pool, ["SET LOCAL maintenance_work_mem = '256MB'"], async (tx) => {
        await tx.query(definition.replace(/^CREATE (UNIQUE )?INDEX /, (m) => `${m}IF NOT EXISTS `));
      })),
  ]);
}
