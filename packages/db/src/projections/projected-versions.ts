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

/** A statement stream (`settlement:<id>`) is projected as far as its `settlement_statements` row's version. */
const statementVersions: VersionSource = async (db, ids) => {
  const res = await db.query<{ id: string; version: number }>({
    name: 'hp_project_versions_settlement_statements',
    text: "SELECT 'settlement:' || id AS id, version FROM settlement_statements WHERE id = ANY($1)",
    values: [ids.filter((id) => id.startsWith('settlement:')).map((id) => id.slice('settlement:'.length))],
  });
  return new Map(res.rows.map((r) => [r.id, r.version]));
};

/** Every event of a fee-schedule stream is a FeeScheduleSet, one `fee_schedules` row each: the stream is as far as its latest row. */
const feeScheduleVersions: VersionSource = async (db, ids) => {
  const res = await db.query<{ id: string; version: number }>({
    name: 'hp_project_versions_fee_schedules',
    text: 'SELECT stream_id AS id, max(version) AS version FROM fee_schedules WHERE stream_id = ANY($1) GROUP BY stream_id',
    values: [ids],
  });
  return new Map(res.rows.map((r) => [r.id, r.version]));
};

/**
 * The version each aggregate's Postgres read models have projected, per aggregate type that has such a row: what
 * scaled mode's consumer drops repeats by (`services/projector/src/kafka/pg-apply.ts`, which skips the other types:
 * pg-apply.unit.spec.ts checks every type a read model handles is here), and what a portal read waits for there
 * (api/src/consistency/). Types no read model handles (a licence claim, a document) are absent.
 */
export const projectedVersions: Readonly<Record<string, VersionSource>> = {
  wallet: versionsIn('wallets', 'wallet_id'),
  // The card row's version follows every event on the card stream.
  medcard: versionsIn('medcards', 'card_id'),
  // Unmatched-notification streams have no payments row: their one event (version 1) is insert-only.
  payment: versionsIn('payments', 'payment_id', true),
  // Rows from before onboarding have no events (version 0): the registration is their version 1.
  pharmacy: versionsIn('pharmacies', 'id'),
  // Not the ledger's per-stream version: that one stays behind on SettlementApproved and SettlementDisputed (no postings).
  settlement: statementVersions,
  'fee-schedule': feeScheduleVersions,
  'insurer-invoice': versionsIn('insurer_invoices', 'invoice_id'),
};
