import type { Pool, PoolClient } from '../postgres/pool';

/** One audit record: who did what to which aggregate, and how it ended (`ok` or an error code). */
export interface AuditEntry {
  actorId: string | null;
  role: string | null;
  action: string;
  aggregateId: string | null;
  result: string;
  ip: string | null;
  userAgent: string | null;
  details?: Record<string, unknown>;
}

export interface AuditRow extends Omit<AuditEntry, 'details'> {
  id: number;
  at: Date;
  details: Record<string, unknown>;
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  aggregateId?: string;
  from?: Date;
  to?: Date;
  /** Rows after this one in the list's order (the last row of the previous page). */
  before?: AuditPosition;
  limit: number;
}

/** A row's place in the list: newest `at` first, ties by id. */
export interface AuditPosition {
  at: Date;
  id: number;
}

/** Appends one record (the table refuses UPDATE and DELETE). `at` defaults to the database clock. */
export async function appendAudit(pool: Pool, entry: AuditEntry, at?: Date): Promise<void> {
  await pool.query(
    `INSERT INTO audit_log (at, actor_id, role, action, aggregate_id, result, ip, user_agent, details)
     VALUES (COALESCE($1, now()), $2, $3, $4, $5, $6, $7, $8, $9)`,
    [at ?? null, entry.actorId, entry.role, entry.action, entry.aggregateId, entry.result, entry.ip, entry.userAgent, JSON.stringify(entry.details ?? {})],
  );
}

const INSERT_AUDIT_ROWS = `
INSERT INTO audit_log (at, actor_id, role, action, aggregate_id, result, ip, user_agent, details)
SELECT COALESCE(a.at, now()), a.actor_id, a.role, a.action, a.aggregate_id, a.result, a.ip, a.user_agent, a.details::jsonb
FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
  AS a(at, actor_id, role, action, aggregate_id, result, ip, user_agent, details)`;

/**
 * Appends many records in one statement, on the caller's connection (the event store's group commit writes
 * its commands' records in the transaction that commits their events).
 */
export async function appendAuditRows(client: Pool | PoolClient, rows: readonly (AuditEntry & { at?: Date })[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(INSERT_AUDIT_ROWS, [
    rows.map((r) => r.at ?? null),
    rows.map((r) => r.actorId),
    rows.map((r) => r.role),
    rows.map((r) => r.action),
    rows.map((r) => r.aggregateId),
    rows.map((r) => r.result),
    rows.map((r) => r.ip),
    rows.map((r) => r.userAgent),
    rows.map((r) => JSON.stringify(r.details ?? {})),
  ]);
}

/**
 * Newest first (by `at`, ties by id), filtered; `from` inclusive, `to` exclusive. Ordered by `at` so every filter reads
 * its own `(…, at)` index backwards and stops after one page: ordered by id, Postgres walked the primary key and
 * filtered, reading every newer row of the log before the first of an actor or action whose rows are all old.
 * The page bound is spelled `at <= $6` as well so the same indexes bound it.
 */
export async function listAudit(pool: Pool, f: AuditFilter): Promise<AuditRow[]> {
  const res = await pool.query<AuditRow>(
    `SELECT id, at, actor_id AS "actorId", role, action, aggregate_id AS "aggregateId", result, ip,
            user_agent AS "userAgent", details
       FROM audit_log
      WHERE ($1::text IS NULL OR actor_id = $1) AND ($2::text IS NULL OR action = $2)
        AND ($3::text IS NULL OR aggregate_id = $3) AND ($4::timestamptz IS NULL OR at >= $4)
        AND ($5::timestamptz IS NULL OR at < $5)
        AND ($6::timestamptz IS NULL OR (at <= $6 AND (at < $6 OR id < $7::bigint)))
      ORDER BY at DESC, id DESC LIMIT $8`,
    [f.actorId ?? null, f.action ?? null, f.aggregateId ?? null, f.from ?? null, f.to ?? null, f.before?.at ?? null, f.before?.id ?? null, f.limit],
  );
  return res.rows;
}
