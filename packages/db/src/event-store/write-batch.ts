import { appendAuditRows } from '../audit/audit-log';
import { sealEventData } from '../pii/event-fields';
import { piiKeyring } from '../pii/national-id';
import type { PoolClient } from '../postgres/pool';
import type { AppendOutcome, AppendRequest } from './types';
import { writeOneStatement } from './write-one-statement';

const INSERT_EVENTS = `
INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
SELECT e.event_id, e.aggregate_id, e.aggregate_type, e.event_type, e.version, e.data::jsonb, e.meta::jsonb
FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[])
  AS e(event_id, aggregate_id, aggregate_type, event_type, version, data, meta)
ORDER BY e.aggregate_id, e.version
ON CONFLICT (aggregate_id, version) DO NOTHING
RETURNING aggregate_id, version`;

const INSERT_IDEMPOTENCY = `
INSERT INTO idempotency_keys (scope, key, request_hash, response)
SELECT t.scope, t.key, t.hash, t.response::jsonb
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(scope, key, hash, response)
ON CONFLICT DO NOTHING
RETURNING scope, key`;

const DELETE_EVENTS = `
DELETE FROM events WHERE (aggregate_id, version) IN (SELECT * FROM unnest($1::text[], $2::int[]))`;

const CURRENT_VERSIONS = `
SELECT aggregate_id, max(version)::int AS version FROM events WHERE aggregate_id = ANY($1::text[])
GROUP BY aggregate_id`;

const rowKey = (streamId: string, version: number) => `${version}:${streamId}`;

/**
 * Commits many commands' appends together (group commit: one fsync for the lot), all or nothing per command.
 * First as one statement (one round trip); when Postgres refuses that statement (a race with another
 * process's transaction on the same version or key, a bad row), nothing of it was written and the batch
 * goes through the transaction below. A lost connection is not retried here: the commit may have happened.
 */
export async function writeBatch(client: PoolClient, requests: AppendRequest[]): Promise<AppendOutcome[]> {
  try {
    return await writeOneStatement(client, requests);
  } catch (error) {
    if (!isStatementError(error)) throw error;
    return writeBatchInTransaction(client, requests);
  }
}

/** An error Postgres answered with (it has a SQLSTATE): the statement failed and its implicit transaction rolled back. */
const isStatementError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
};

/**
 * Commits many commands' appends in ONE transaction (group commit: one fsync for the lot).
 * Optimistic concurrency rests on UNIQUE(aggregate_id, version): a request whose rows did not all
 * insert lost a race; its inserted rows are removed again before commit, so it is all-or-nothing.
 * A request's audit record is inserted with its events (atomic with the command).
 * Callers must not put two requests for the same stream in one batch.
 */
export async function writeBatchInTransaction(client: PoolClient, requests: AppendRequest[]): Promise<AppendOutcome[]> {
  const rows = requests.flatMap((r) =>
    r.streams.flatMap((s) => s.events.map((e, i) => ({ s, e, version: s.expectedVersion + i + 1 }))),
  );
  const ring = piiKeyring();
  await client.query('BEGIN');
  try {
    const inserted = await client.query<{ aggregate_id: string; version: number }>(INSERT_EVENTS, [
      rows.map((r) => r.e.eventId),
      rows.map((r) => r.s.streamId),
      rows.map((r) => r.s.aggregateType),
      rows.map((r) => r.e.type),
      rows.map((r) => r.version),
      rows.map((r) => JSON.stringify(sealEventData(ring, r.e.data))),
      rows.map((r) => JSON.stringify(r.e.metadata)),
    ]);
    const ok = new Set(inserted.rows.map((r) => rowKey(r.aggregate_id, r.version)));
    const outcomes: (AppendOutcome | undefined)[] = requests.map((r) =>
      r.streams.every((s) => s.events.every((_, i) => ok.has(rowKey(s.streamId, s.expectedVersion + i + 1))))
        ? undefined
        : { status: 'conflict', streamId: '', expectedVersion: 0, actualVersion: 0 },
    );
    await recordIdempotency(client, requests, outcomes);
    await removeLosers(client, requests, outcomes, ok);
    // Only commands whose events commit get their record here; a loser retries and is audited by its final attempt.
    await appendAuditRows(client, requests.flatMap((r, i) => (r.audit && !outcomes[i] ? [r.audit] : [])));
    await resolveConflicts(client, requests, outcomes);
    // No NOTIFY here: the committer sends it after the commit (commit-notifier.ts).
    await client.query('COMMIT');
    return outcomes.map((o) => o ?? { status: 'committed' });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function recordIdempotency(client: PoolClient, requests: AppendRequest[], outcomes: (AppendOutcome | undefined)[]) {
  const keyed = requests.flatMap((r, i) => (r.idempotency && !outcomes[i] ? [{ i, rec: r.idempotency }] : []));
  if (keyed.length === 0) return;
  const res = await client.query<{ scope: string; key: string }>(INSERT_IDEMPOTENCY, [
    keyed.map((k) => k.rec.scope),
    keyed.map((k) => k.rec.key),
    keyed.map((k) => k.rec.requestHash),
    keyed.map((k) => JSON.stringify(k.rec.response)),
  ]);
  const stored = new Set(res.rows.map((r) => `${r.scope}\u0000${r.key}`));
  for (const { i, rec } of keyed) {
    if (!stored.has(`${rec.scope}\u0000${rec.key}`)) outcomes[i] = { status: 'idempotency-race' };
  }
}

async function removeLosers(
  client: PoolClient,
  requests: AppendRequest[],
  outcomes: (AppendOutcome | undefined)[],
  inserted: Set<string>,
) {
  const ids: string[] = [];
  const versions: number[] = [];
  requests.forEach((r, i) => {
    if (!outcomes[i]) return;
    for (const s of r.streams) {
      s.events.forEach((_, n) => {
        const v = s.expectedVersion + n + 1;
        if (inserted.has(rowKey(s.streamId, v))) {
          ids.push(s.streamId);
          versions.push(v);
        }
      });
    }
  });
  if (ids.length > 0) await client.query(DELETE_EVENTS, [ids, versions]);
}

async function resolveConflicts(client: PoolClient, requests: AppendRequest[], outcomes: (AppendOutcome | undefined)[]) {
  const losers = requests.flatMap((r, i) => (outcomes[i]?.status === 'conflict' ? [{ i, r }] : []));
  if (losers.length === 0) return;
  const streamIds = [...new Set(losers.flatMap(({ r }) => r.streams.map((s) => s.streamId)))];
  const res = await client.query<{ aggregate_id: string; version: number }>(CURRENT_VERSIONS, [streamIds]);
  const current = new Map(res.rows.map((r) => [r.aggregate_id, r.version]));
  for (const { i, r } of losers) {
    const moved = r.streams.find((s) => (current.get(s.streamId) ?? 0) !== s.expectedVersion) ?? r.streams[0];
    if (!moved) continue;
    outcomes[i] = {
      status: 'conflict',
      streamId: moved.streamId,
      expectedVersion: moved.expectedVersion,
      actualVersion: current.get(moved.streamId) ?? 0,
    };
  }
}
