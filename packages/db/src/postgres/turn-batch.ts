import type pg from 'pg';
import type { Pool } from './pool';

/** A named statement, with the type parsers of its columns where they are not the pool's (`types`, as pg takes them). */
interface Statement { name: string; text: string; types?: pg.CustomTypesConfig }

/** pg's row for `rowMode: 'array'`: the columns by position. */
type ArrayRow = readonly unknown[];

/**
 * Whether a batch's error may belong to one call only: what a type parser throws for a row (RangeError, SyntaxError,
 * TypeError), or Postgres refusing a value (SQLSTATE class 22, data exception: one call's key may be malformed).
 */
export function mayBeOneCalls(error: unknown): boolean {
  if (error instanceof RangeError || error instanceof SyntaxError || error instanceof TypeError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.length === 5 && code.startsWith('22');
}

interface Call<Row> {
  values: unknown[];
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/** What `many` gives for each row: the 1-based number of the call it answers, beside that call's row. */
export type NumberedRow = { _i: number };

/**
 * The reads of one statement that arrive in the same event-loop turn, sent as one statement: at 64 connections many
 * requests read the same thing for different keys at once, and each round trip costs a socket write here and a
 * statement in Postgres.
 *
 * `one` is the statement for a single call (named, as before); a turn with one call runs exactly it. `many` is the same
 * read for several calls: `$1`, `$2`, … are the calls' first, second, … values as arrays (one element per call, in call
 * order) and each row carries `"_i"`, the 1-based number of the call it answers (`unnest(…) WITH ORDINALITY`), the rows
 * of one call in `one`'s order. `rowOf` turns a row of `many` into the row `one` gives (the same keys in the same order,
 * without `_i`); it may give the row as it is where the rows never leave the read function but through a mapping that
 * copies named fields. Each call gets only the rows numbered for it, so a batch shares the round trip and nothing else. If the
 * batched statement fails on something one call may have brought — a row the driver cannot parse, a value Postgres refuses
 * (SQLSTATE class 22) — every call is run again alone, so each caller gets the answer or the error it would have got on its
 * own. Any other failure (the pool out of connections, Postgres gone, a statement cancelled) is shared by all the calls:
 * each of them fails with it at once, rather than queueing a statement of its own to meet the same failure again.
 *
 * Calls are grouped by the pool (or client) they were made on; the batch is sent from `setImmediate`, i.e. after the
 * I/O callbacks of the turn (each request's handler runs to its read within its own callback's microtasks).
 */
export function turnBatched<Row extends object>(
  one: Statement,
  many: Statement,
  rowOf: (row: Row & NumberedRow) => Row,
): (pool: Pool, values: unknown[]) => Promise<Row[]> {
  return batched<Row, Row & NumberedRow>(one, many, (r) => r._i, rowOf);
}

/**
 * `turnBatched` for statements read as arrays (`rowMode: 'array'`: the driver builds no object per row, and the rows are
 * read by position). A row of `many` is a row of `one` followed by one more column, the call's number, and is given
 * as it is: the same positions as `one`'s, with that extra last element, which a reader by position never sees.
 */
export function turnBatchedArrays<Row extends ArrayRow>(
  one: Statement,
  many: Statement,
): (pool: Pool, values: unknown[]) => Promise<Row[]> {
  return batched<Row, Row>({ ...one, rowMode: 'array' }, { ...many, rowMode: 'array' }, (r) => r[r.length - 1] as number, (r) => r);
}

function batched<Row, ManyRow>(
  one: Statement & { rowMode?: 'array' },
  many: Statement & { rowMode?: 'array' },
  callOf: (row: ManyRow) => number,
  rowOf: (row: ManyRow) => Row,
): (pool: Pool, values: unknown[]) => Promise<Row[]> {
  let waiting = new Map<Pool, Call<Row>[]>();

  const alone = (pool: Pool, call: Call<Row>): void => {
    pool.query({ ...one, values: call.values }).then((res) => call.resolve(res.rows as Row[]), call.reject);
  };

  const together = (pool: Pool, calls: Call<Row>[]): void => {
    const columns = calls[0]!.values.map((_, j) => calls.map((c) => c.values[j]));
    pool.query({ ...many, values: columns }).then(
      (res) => {
        let answers: Row[][];
        try {
          answers = calls.map(() => []);
          for (const r of res.rows as ManyRow[]) answers[callOf(r) - 1]!.push(rowOf(r));
        } catch {
          for (const c of calls) alone(pool, c);
          return;
        }
        for (let n = 0; n < calls.length; n++) calls[n]!.resolve(answers[n]!);
      },
      (error: unknown) => {
        if (mayBeOneCalls(error)) for (const c of calls) alone(pool, c);
        else for (const c of calls) c.reject(error);
      },
    );
  };

  const flush = (): void => {
    const turn = waiting;
    waiting = new Map();
    for (const [pool, calls] of turn) {
      if (calls.length === 1) alone(pool, calls[0]!);
      else together(pool, calls);
    }
  };

  return (pool, values) => new Promise<Row[]>((resolve, reject) => {
    let calls = waiting.get(pool);
    if (!calls) {
      if (waiting.size === 0) setImmediate(flush);
      calls = [];
      waiting.set(pool, calls);
    }
    calls.push({ values, resolve, reject });
  });
}
