import type { Pool, PoolClient } from '../postgres/pool';

/** How far an aggregate type's Postgres read models have got, per aggregate id. */
export type VersionSource = (db: Pool | PoolClient, ids: string[]) => Promise<Map<string, number>>;

const UUID = /^[0-9a-f-]{36}$/i;

/** `version` of the rows whose `column` is one of the ids (a uuid column compares as text; other ids cannot match). */
const versionsIn = (table: string, column: string, uuid = false): VersionSource => {
  const text = uuid
    ? `SELECT ${column}::text AS id, version FROM ${table} WHERE ${column} = ANY($1::uuid[])`
    : `SELECT ${column} AS id, version FROM ${table} WHERE ${column} = ANY($1)`;
  const name = `hp_project_versions_${table}`;
  return async (db, ids) => {
    const res = await db.query<{ id: string; version: number }>({ name, text, values: [uuid ? ids.filter((id) => UUID.test(id)) : ids] });
    return new Map(res.rows.map((r) => [r.id, r.version]));
  };
};

/**
 * The version each aggregate's Postgres read models have projected, per aggregate type that has such a row: what
 * scaled mode's consumer drops repeats by (`services/projector/src/kafka/pg-apply.ts`), and what a portal read waits
 * for there (api/src/consistency/). Types without one (a licence claim, a document, a fee schedule) are absent.
 */
export const projectedVersions: Readonly<Record<string, VersionSource>> = {
  wallet: versionsIn('wallets', 'wallet_id'),
  // The card row's version follows every event on the card stream.
  medcard: versionsIn('medcards', 'card_id'),
  // Unmatched-notification streams have no payments row: their one event (version 1) is insert-only.
  payment: versionsIn('payments', 'payment_id', true),
  // Rows from before onboarding have no events (version 0): the registration is their version 1.
  pharmacy: versionsIn('pharmacies', 'id'),
  // Settlement statements: until their own read model is listed here, the ledger's per-stream version is the guard.
  settlement: versionsIn('ledger_streams', 'stream_id'),
  'insurer-invoice': versionsIn('insurer_invoices', 'invoice_id'),
};
