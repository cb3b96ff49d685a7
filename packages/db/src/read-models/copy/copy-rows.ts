import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from '../../postgres/pool';

/** A value as the multi-row INSERTs pass it: null and undefined are SQL NULL, anything else its text form. */
export type CopyValue = string | number | boolean | null | undefined;

const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One field of COPY's text format: `\N` for NULL, backslash, tab and line breaks escaped. */
export function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v !== 'string') return String(v);
  return SPECIAL.test(v) ? v.replace(SPECIALS, (c) => ESCAPES[c] as string) : v;
}

/** One line of COPY's text format. */
export const copyLine = (values: readonly CopyValue[]): string => `${values.map(copyField).join('\t')}\n`;

const CHUNK_LINES = 2_000;

/**
 * Writes rows with `COPY table (columns) FROM STDIN` on the caller's connection and transaction: each row is
 * `encode(row)`, one line of the text format (see `copyLine`). A failure (a unique violation…) fails the COPY.
 */
export async function copyRows<Row>(tx: PoolClient, table: string, columns: readonly string[], rows: readonly Row[], encode: (row: Row) => string): Promise<void> {
  if (rows.length === 0) return;
  const stream = tx.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  // Lines joined per chunk: a string grown with += is a deep rope that costs three times as much to encode.
  function* chunks() {
    for (let i = 0; i < rows.length; i += CHUNK_LINES) yield rows.slice(i, i + CHUNK_LINES).map(encode).join('');
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), stream);
}

/**
 * For a replay into emptied tables: `copy` (fast, but refuses a row already there) inside a savepoint, and `save`
 * (the projection's own idempotent statements) instead when a row was there already (another projector wrote it, or
 * the replay restarted from its checkpoint), so the rows are the same either way.
 */
export async function copyOrSave(tx: PoolClient, copy: () => Promise<void>, save: () => Promise<void>): Promise<void> {
  await tx.query('SAVEPOINT copy_rows');
  try {
    await copy();
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await tx.query('ROLLBACK TO SAVEPOINT copy_rows');
    await save();
    return;
  }
  await tx.query('RELEASE SAVEPOINT copy_rows');
}
