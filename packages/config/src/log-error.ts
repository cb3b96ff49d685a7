/**
 * Errors as fields of one log line. A Postgres error (pg's DatabaseError: a five-character SQLSTATE and a
 * severity) becomes its identifying fields only — code, severity, table, column, constraint, routine, message —
 * without a stack (pg's frames say nothing) and without `detail`/`where`/`internalQuery`, which quote row
 * values ("Failing row contains (…)"). Other errors keep their type, message, first stack frames, own fields
 * and causes. Every value goes through `scrub` (log-redact.ts), so redaction holds inside errors too.
 */
type Scrub = (value: unknown) => unknown;

const SQLSTATE = /^[0-9A-Z]{5}$/;
const PG_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine'] as const;
const PG_HIDDEN = new Set(['detail', 'where', 'internalQuery', 'hint', 'position', 'internalPosition', 'file', 'line', 'length']);
const STACK_LINES = 8;
const MAX_CAUSES = 4;

type Fields = Record<string, unknown>;

/** pg's DatabaseError (also when a library wraps or re-creates it with the same fields). */
export function isPostgresError(error: Error): boolean {
  const e = error as Error & Fields;
  return typeof e.severity === 'string' && typeof e.code === 'string' && SQLSTATE.test(e.code);
}

export function serializeError(error: Error, scrub: Scrub, causes = 0): Fields {
  const e = error as Error & Fields;
  const pg = isPostgresError(error);
  const out: Fields = { type: pg ? 'DatabaseError' : error.name || error.constructor.name, message: scrub(error.message) };
  if (pg) {
    for (const key of PG_FIELDS) if (e[key] !== undefined) out[key] = scrub(e[key]);
  } else {
    for (const [key, value] of Object.entries(e)) {
      if (key === 'message' || key === 'stack' || key === 'cause' || PG_HIDDEN.has(key) || value === undefined) continue;
      out[key] = scrub(value);
    }
    if (error.stack) out.stack = scrub(error.stack.split('\n').slice(0, STACK_LINES + 1).join('\n'));
  }
  if (error.cause !== undefined) {
    out.cause = causes >= MAX_CAUSES ? '[…]' : error.cause instanceof Error ? serializeError(error.cause, scrub, causes + 1) : scrub(error.cause);
  }
  if (error instanceof AggregateError) out.errors = error.errors.slice(0, MAX_CAUSES).map((x: unknown) => (x instanceof Error ? serializeError(x, scrub, causes + 1) : scrub(x)));
  return out;
}
