import type { Pool } from '../../postgres/pool';

export interface StatementEntry {
  eventId: string;
  leg: number;
  position: number;
  streamId: string;
  eventType: string;
  debit: number;
  credit: number;
  occurredAt: Date;
  day: string;
}

export interface AccountStatementPage {
  account: string;
  /** debit − credit of every entry up to and including `day`. */
  balance: number;
  entries: StatementEntry[];
  /** Pass back to read older entries; null on the last page. */
  nextCursor: string | null;
}

const ENTRIES = `SELECT event_id AS "eventId", leg, position, stream_id AS "streamId", event_type AS "eventType", debit, credit,
  occurred_at AS "occurredAt", to_char(day, 'YYYY-MM-DD') AS day
  FROM ledger_entries WHERE account = $1 AND day <= $2::date AND (position, leg) < ($3::bigint, $4::int)
  ORDER BY position DESC, leg DESC LIMIT $5`;

const BALANCE = `SELECT coalesce(sum(debit) - sum(credit), 0)::bigint AS balance FROM ledger_entries WHERE account = $1 AND day <= $2::date`;

// Opaque cursor: the (feed position, leg) of the last entry seen.
const encode = (e: StatementEntry): string => Buffer.from(JSON.stringify([e.position, e.leg])).toString('base64url');
export function decodeStatementCursor(cursor: string): [number, number] | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.length === 2 && v.every((n) => Number.isSafeInteger(n) && n >= 0) ? (v as [number, number]) : null;
  } catch {
    return null;
  }
}

/** One account's entries up to `day`, newest first, a page at a time. A cursor that does not decode reads as null. */
export async function accountStatement(
  pool: Pool,
  input: { account: string; day: string; cursor?: [number, number]; limit: number },
): Promise<AccountStatementPage> {
  const [pos, leg] = input.cursor ?? [Number.MAX_SAFE_INTEGER, 0];
  const [rows, bal] = await Promise.all([
    pool.query<StatementEntry>(ENTRIES, [input.account, input.day, pos, leg, input.limit + 1]),
    pool.query<{ balance: number }>(BALANCE, [input.account, input.day]),
  ]);
  const entries = rows.rows.slice(0, input.limit);
  const last = entries[entries.length - 1];
  return { account: input.account, balance: bal.rows[0]?.balance ?? 0, entries, nextCursor: rows.rows.length > input.limit && last ? encode(last) : null };
}
