import type { PoolClient } from '../../postgres/pool';
import { copyField as f, copyOrSave, copyRows } from '../copy/copy-rows';
import { ledgerProjection, type LedgerEntry, type LedgerStreamDoc } from './ledger-projection';

const COLUMNS = ['event_id', 'leg', 'stream_id', 'version', 'position', 'event_type', 'account', 'debit', 'credit', 'occurred_at', 'day'];
const line = (e: LedgerEntry): string =>
  `${f(e.eventId)}\t${e.leg}\t${f(e.streamId)}\t${e.version}\t${e.position}\t${f(e.eventType)}\t${f(e.account)}\t${f(e.debit)}\t${f(e.credit)}\t${f(e.occurredAt)}\t${f(e.day)}\n`;

/**
 * Only the docs' entries, with COPY (the projection's own save if one is there already, which also moves their
 * streams: never past what the entries show). For a replay that writes entries between its flushes.
 */
export async function copyLedgerEntries(tx: PoolClient, docs: LedgerStreamDoc[]): Promise<void> {
  const rows = docs.flatMap((d) => d.entries);
  if (rows.length === 0) return;
  await copyOrSave(tx, () => copyRows(tx, 'ledger_entries', COLUMNS, rows, line), () => ledgerProjection.save(tx, docs.filter((d) => d.entries.length > 0)));
}

/**
 * `ledgerProjection.save` for a rebuild: the same rows, the entries written with COPY (falling back to the
 * projection's own insert if one is there already). Only for a replay into an emptied `ledger_entries`.
 */
export async function saveLedgerDocsByCopy(tx: PoolClient, docs: LedgerStreamDoc[]): Promise<void> {
  if (docs.length === 0) return;
  await ledgerProjection.save(tx, docs.map((d) => (d.entries.length === 0 ? d : { ...d, entries: [] })));
  await copyLedgerEntries(tx, docs);
}
