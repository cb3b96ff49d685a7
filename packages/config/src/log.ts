import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId, logService } from './log-context';
import { redact, scrub } from './log-redact';

export { redact } from './log-redact';
export { currentRequestId, isRequestId, REQUEST_ID_PATTERN, setLogService, withRequestId } from './log-context';

/**
 * The server log of every process (portals and their API, projector, relay, SMS worker, payment sandbox):
 * one JSON line per call on stdout — `level`, `time`, `pid`, `hostname`, `service`, `requestId` while a portal
 * request runs or when written through a request's log (`requestLog`), `msg`, then fields — redacted
 * (log-redact.ts) whatever is passed. Call sites stay `log.error('[api] x failed', error, { field })`: strings and
 * numbers make the message, the first error becomes `err` (a Postgres error as one structured field set,
 * log-error.ts), plain objects add fields.
 */
export interface Log {
  info(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  error(...parts: unknown[]): void;
}

/** Fields the line itself owns; a caller's field of that name goes under `fields` instead. */
const RESERVED = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err']);

/** Known secret field names, censored by pino itself as well (the scrub in `formatters.log` catches any depth). */
const SECRET_PATHS = ['password', 'token', 'secret', 'otp', 'authorization', 'cookie', 'nationalId', 'national_id', 'apiKey']
  .flatMap((key) => [key, `*.${key}`])
  .concat(['headers.authorization', 'headers.cookie', 'req.headers.authorization', 'req.headers.cookie']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/** Turns `log.x(...parts)` into pino's (fields, message): the single place every call passes through. */
export function lineOf(parts: unknown[]): [Record<string, unknown>, string] {
  const text: string[] = [];
  const fields: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const others: unknown[] = [];
  for (const part of parts) {
    if (part instanceof Error) {
      if (fields.err === undefined) fields.err = part;
      else others.push(part);
    } else if (isPlainObject(part)) {
      for (const [k, v] of Object.entries(part)) if (v !== undefined) (RESERVED.has(k) ? extra : fields)[k] = v;
    } else if (typeof part === 'object' && part !== null) {
      others.push(part);
    } else {
      text.push(typeof part === 'string' ? part : String(part));
    }
  }
  if (Object.keys(extra).length > 0) fields.fields = extra;
  if (others.length > 0) fields.details = others;
  const message = text.length > 0 ? text.join(' ') : fields.err instanceof Error ? fields.err.message : '';
  return [fields, redact(message)];
}

export interface LogOptions {
  /** Where lines go (process.stdout by default; specs collect them). */
  destination?: DestinationStream;
  level?: 'info' | 'warn' | 'error' | 'silent';
}

/** A pino logger with the redaction, service and request id of this module (exported for specs and tools). */
export function createLogger(o: LogOptions = {}): Logger {
  return pino(
    {
      level: o.level ?? 'info',
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Every field of every line, whoever built it (a child logger, a direct pino call), is scrubbed here.
        log: (object) => scrub(object) as Record<string, unknown>,
      },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { service: logService(), requestId } : { service: logService() };
      },
      // formatters.log has already serialized errors; pino's own err serializer would re-wrap them.
      serializers: { err: (value: unknown) => (value instanceof Error ? scrub(value) : value) },
      redact: { paths: SECRET_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          const [fields, message] = lineOf(args);
          method.call(this, fields, message);
        },
      },
    },
    o.destination ?? process.stdout,
  );
}

/** The facade the call sites use over one pino logger. */
export function logWith(logger: Logger): Log {
  return {
    info: (...parts) => logger.info(...(parts as [string])),
    warn: (...parts) => logger.warn(...(parts as [string])),
    error: (...parts) => logger.error(...(parts as [string])),
  };
}

/** Server-side logging for the API, projector, relay, SMS worker, sandbox and portal server. */
export const log: Log = logWith(createLogger());

/** Lines of one request: its id goes first among the line's fields (a caller's own fields come after it). */
class RequestLog implements Log {
  private readonly id: { requestId: string };

  constructor(requestId: string, private readonly base: Log) {
    this.id = { requestId };
  }

  info(...parts: unknown[]): void {
    this.base.info(this.id, ...parts);
  }

  warn(...parts: unknown[]): void {
    this.base.warn(this.id, ...parts);
  }

  error(...parts: unknown[]): void {
    this.base.error(this.id, ...parts);
  }
}

/**
 * The log of one request, for code that has the request at hand (a procedure's `ctx.request`, a REST handler's
 * headers): every line carries `requestId`, whether or not the process keeps the id in an async context
 * (services/api does not: an active AsyncLocalStorage costs every promise of every request). Built only when a
 * line is written; without an id, `base` itself.
 */
export const requestLog = (requestId: string | undefined, base: Log = log): Log => (requestId ? new RequestLog(requestId, base) : base);
