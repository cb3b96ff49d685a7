import type pg from 'pg';
import { readModelTables } from '../read-models/all';

/**
 * What a backup holds: every table of the schema except what is rebuilt or short-lived. That is the event store
 * (`events`, `idempotency_keys`), identity (`users`, `credentials`, `api_tokens`, `organizations`, `members`,
 * `invitations`, `revoked_sessions`), `pharmacies` (referenced by identity rows), the outboxes, the audit log
 * and `_prisma_migrations` (which schema the data belongs to). A table added later is backed up unless listed
 * here, so forgetting a table cannot lose data.
 */
export const NOT_BACKED_UP = {
  /** Read models: emptied and replayed from `events` by `npm run projections:rebuild` after a restore. */
  readModels: readModelTables as readonly string[],
  /** Checkpoints restart from zero with the rebuild; OTP codes (minutes) and rate-limit windows are short-lived. */
  transient: ['projector_checkpoints', 'otp_challenges', 'rate_limits'],
};

/** The tables to back up, parents before children (foreign keys), so a restore can insert in this order. */
export async function backupTables(client: pg.ClientBase): Promise<string[]> {
  const skip = new Set([...NOT_BACKED_UP.readModels, ...NOT_BACKED_UP.transient]);
  const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`);
  const { rows: fks } = await client.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
       FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace`,
  );
  const unquote = (n: string) => n.replace(/^"|"$/g, '');
  const names = tables.map((t) => t.name).filter((n) => !skip.has(n));
  const ordered: string[] = [];
  const visit = (n: string, path: string[]) => {
    if (ordered.includes(n)) return;
    if (path.includes(n)) throw new Error(`foreign keys form a cycle: ${[...path, n].join(' → ')}`);
    for (const fk of fks.filter((f) => unquote(f.child) === n && unquote(f.parent) !== n)) {
      if (!names.includes(unquote(fk.parent))) throw new Error(`${n} references ${unquote(fk.parent)}, which is not backed up`);
      visit(unquote(fk.parent), [...path, n]);
    }
    ordered.push(n);
  };
  names.forEach((n) => visit(n, []));
  return ordered;
}
