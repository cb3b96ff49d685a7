import pg from 'pg';

const CHAR_OID = 18;
const TEXT_OID = 25;

type Fields = { fields?: { dataTypeID: number }[] };

function charAsText<T>(result: T): T {
  // A multi-statement simple query resolves to an array of results.
  for (const r of (Array.isArray(result) ? result : [result]) as Fields[]) {
    for (const f of r?.fields ?? []) if (f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * pg Client for the schema engine's adapter. @prisma/adapter-pg 7.10.1 throws UnsupportedNativeDataType
 * for OID 18 (`"char"`, e.g. pg_constraint.contype), which the engine's introspection selects. On the
 * wire it is plain text, so report it as TEXT before the adapter maps column types.
 * Covers both the promise form (adapter, in transactions) and the callback form (pg.Pool#query).
 */
export class CharAsTextClient extends pg.Client {
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
