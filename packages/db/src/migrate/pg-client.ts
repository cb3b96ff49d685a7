import type { SqlResultSet } from '@prisma/driver-adapter-utils';
import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

type Result = { fields?: { dataTypeID: number }[]; rows?: unknown[] };

// Result row arrays -> indexes of their `"char"` columns. The adapter hands the very same `rows` array
// back in its result set, which is how restoreCharColumns finds them again.
const charColumns = new WeakMap<object, number[]>();

function charAsText<T>(result: T): T {
  // A multi-statement simple query resolves to an array of results.
  for (const r of (Array.isArray(result) ? result : [result]) as Result[]) {
    const indexes: number[] = [];
    r?.fields?.forEach((f, i) => {
      if (f.dataTypeID === CHAR_OID) {
        f.dataTypeID = TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length && r.rows) charColumns.set(r.rows, indexes);
  }
  return result;
}

/**
 * pg Client for the schema engine's adapter. @prisma/adapter-pg 7.10.1 throws UnsupportedNativeDataType
 * for OID 18 (`"char"`, e.g. pg_constraint.contype) that the engine's introspection selects. Report it
 * as TEXT so the adapter gets through, then restoreCharColumns types it Character again: the engine
 * reads it with get_char and panics on a Text value (seen on PG 18, whose NOT NULL constraints are rows).
 * Covers the promise form (adapter, transactions) and the callback form (pg.Pool#query).
 */
export class CharAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg.Client#query has many overloads; this wraps all of them
  override query(...args: unknown[]): any {
    const call = super.query as (...a: unknown[]) => unknown;
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (err: unknown, res: unknown) => last(err, res && charAsText(res));
      return call.apply(this, args);
    }
    const res = call.apply(this, args);
    return res instanceof Promise ? res.then(charAsText) : res;
  }
}

export function restoreCharColumns(set: SqlResultSet): SqlResultSet {
  for (const i of charColumns.get(set.rows) ?? []) set.columnTypes[i] = CHARACTER_COLUMN;
  return set;
}
