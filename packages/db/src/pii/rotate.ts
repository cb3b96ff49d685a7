import type { Pool } from '../postgres/pool';
import { isSealed, open, seal, type PiiKeyring } from './cipher';
import { maskStoredResponse, resealEventData } from './event-fields';
import { hashNationalId, maskNationalId, piiKeyring } from './national-id';

/** How many stored values one pass (re-)encrypted, per place, and how many are still not under the current key. */
export interface PiiRotationReport {
  users: number;
  beneficiaries: number;
  events: number;
  /** Command results stored with an Idempotency-Key before outputs were masked. */
  responses: number;
  left: number;
}

export interface PiiRotationOptions {
  ring?: PiiKeyring;
  batchSize?: number;
  log?: (line: string) => void;
}

// A stored value is done when it is a ciphertext under the current key (`v1.<kid>.…`; kids are [a-z0-9]).
const current = (ring: PiiKeyring) => `v1.${ring.current}.%`;
const eventPattern = (ring: PiiKeyring) => `"nationalId": "(?!v1\\.${ring.current}\\.)`;

const USERS_TODO = `FROM users WHERE national_id IS NOT NULL OR national_id_ciphertext NOT LIKE $1`;
const BENEFICIARIES_TODO = `FROM medcard_beneficiaries WHERE national_id_ciphertext NOT LIKE $1 OR national_id_hash IS NULL`;
const EVENTS_TODO = `FROM events WHERE event_data::text ~ $1`;
const RESPONSES_TODO = `FROM idempotency_keys WHERE response::text ~ '"nationalId": "[0-9]'`;

/**
 * Brings every stored national ID under the current key (the first of PII_KEYS): legacy clear values in
 * `users.national_id` and the read model are encrypted, hashed and masked; ciphertexts under older keys are
 * re-encrypted; MedCard event payloads likewise; command results stored with an Idempotency-Key before outputs
 * were masked get the masked form. Batched (each batch its own short transaction) and
 * resumable: the work left is found from the data itself, so an interrupted run simply runs again. Writes are
 * compare-and-set on the old value, so concurrent projections and commands are never overwritten.
 */
export async function rotatePii(pool: Pool, opts: PiiRotationOptions = {}): Promise<PiiRotationReport> {
  const ring = opts.ring ?? piiKeyring();
  const batch = opts.batchSize ?? 500;
  const log = opts.log ?? (() => {});
  const clear = (v: string) => (isSealed(v) ? open(ring, v) : v);
  const report: PiiRotationReport = { users: 0, beneficiaries: 0, events: 0, responses: 0, left: 0 };

  for (let after = ''; ;) {
    const res = await pool.query<{ id: string; national_id: string | null; national_id_ciphertext: string | null }>(
      `SELECT id, national_id, national_id_ciphertext ${USERS_TODO.replace('WHERE', 'WHERE id > $2 AND (')}) ORDER BY id LIMIT $3`,
      [current(ring), after, batch]);
    if (res.rows.length === 0) break;
    const rows = res.rows.map((r) => {
      const id = clear(r.national_id_ciphertext ?? r.national_id ?? '');
      return { ...r, sealed: seal(ring, id), hash: hashNationalId(id), masked: maskNationalId(id) };
    });
    const upd = await pool.query(
      `UPDATE users u SET national_id = NULL, national_id_ciphertext = t.sealed, national_id_hash = t.hash, national_id_masked = t.masked
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, old_clear, old_sealed, sealed, hash, masked)
        WHERE u.id = t.id AND u.national_id IS NOT DISTINCT FROM t.old_clear AND u.national_id_ciphertext IS NOT DISTINCT FROM t.old_sealed`,
      [rows.map((r) => r.id), rows.map((r) => r.national_id), rows.map((r) => r.national_id_ciphertext), rows.map((r) => r.sealed),
        rows.map((r) => r.hash), rows.map((r) => r.masked)]);
    report.users += upd.rowCount ?? 0;
    after = rows.at(-1)!.id;
  }

  for (let after: [string, string] = ['', '']; ;) {
    const res = await pool.query<{ card_id: string; beneficiary_id: string; national_id_ciphertext: string }>(
      `SELECT card_id, beneficiary_id, national_id_ciphertext ${BENEFICIARIES_TODO.replace('WHERE', 'WHERE (card_id, beneficiary_id) > ($2, $3) AND (')})
        ORDER BY card_id, beneficiary_id LIMIT $4`,
      [current(ring), after[0], after[1], batch]);
    if (res.rows.length === 0) break;
    const rows = res.rows.map((r) => {
      const id = clear(r.national_id_ciphertext);
      return { ...r, sealed: seal(ring, id), hash: hashNationalId(id), masked: maskNationalId(id) };
    });
    const upd = await pool.query(
      `UPDATE medcard_beneficiaries b SET national_id_ciphertext = t.sealed, national_id_hash = t.hash, national_id_masked = t.masked
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(card_id, beneficiary_id, old, sealed, hash, masked)
        WHERE b.card_id = t.card_id AND b.beneficiary_id = t.beneficiary_id AND b.national_id_ciphertext = t.old`,
      [rows.map((r) => r.card_id), rows.map((r) => r.beneficiary_id), rows.map((r) => r.national_id_ciphertext), rows.map((r) => r.sealed),
        rows.map((r) => r.hash), rows.map((r) => r.masked)]);
    report.beneficiaries += upd.rowCount ?? 0;
    const last = rows.at(-1)!;
    after = [last.card_id, last.beneficiary_id];
  }

  for (let after = 0; ;) {
    const res = await pool.query<{ position: string; event_data: unknown }>(
      `SELECT position, event_data ${EVENTS_TODO} AND position > $2 ORDER BY position LIMIT $3`, [eventPattern(ring), after, batch]);
    if (res.rows.length === 0) break;
    const rows = res.rows.flatMap((r) => {
      const next = resealEventData(ring, r.event_data);
      return next.changed ? [{ position: r.position, old: JSON.stringify(r.event_data), data: JSON.stringify(next.data) }] : [];
    });
    const upd = await pool.query(
      `UPDATE events e SET event_data = t.data::jsonb
         FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t(position, old, data)
        WHERE e.position = t.position AND e.event_data = t.old::jsonb`,
      [rows.map((r) => r.position), rows.map((r) => r.old), rows.map((r) => r.data)]);
    report.events += upd.rowCount ?? 0;
    after = Number(res.rows.at(-1)!.position);
    log(`pii:rotate: events up to position ${after}: ${report.events} re-encrypted`);
  }

  for (let after: [string, string] = ['', '']; ;) {
    const res = await pool.query<{ scope: string; key: string; response: unknown }>(
      `SELECT scope, key, response ${RESPONSES_TODO} AND (scope, key) > ($1, $2) ORDER BY scope, key LIMIT $3`, [after[0], after[1], batch]);
    if (res.rows.length === 0) break;
    const rows = res.rows.flatMap((r) => {
      const next = maskStoredResponse(r.response, maskNationalId);
      return next.changed ? [{ ...r, old: JSON.stringify(r.response), data: JSON.stringify(next.data) }] : [];
    });
    const upd = await pool.query(
      `UPDATE idempotency_keys i SET response = t.data::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(scope, key, old, data)
        WHERE i.scope = t.scope AND i.key = t.key AND i.response = t.old::jsonb`,
      [rows.map((r) => r.scope), rows.map((r) => r.key), rows.map((r) => r.old), rows.map((r) => r.data)]);
    report.responses += upd.rowCount ?? 0;
    const last = res.rows.at(-1)!;
    after = [last.scope, last.key];
  }

  report.left = await countUnrotated(pool, ring);
  log(`pii:rotate: ${report.users} users, ${report.beneficiaries} card members, ${report.events} events re-encrypted, `
    + `${report.responses} stored responses masked; ${report.left} left`);
  return report;
}

/** Stored national IDs not (yet) under the current key: 0 means older keys can leave PII_KEYS. */
export async function countUnrotated(pool: Pool, ring: PiiKeyring = piiKeyring()): Promise<number> {
  const res = await pool.query<{ n: string }>(
    `SELECT (SELECT count(*) ${USERS_TODO}) + (SELECT count(*) ${BENEFICIARIES_TODO}) + (SELECT count(*) ${EVENTS_TODO.replace('$1', '$2')})
      + (SELECT count(*) ${RESPONSES_TODO}) AS n`,
    [current(ring), eventPattern(ring)]);
  return Number(res.rows[0]?.n ?? 0);
}
