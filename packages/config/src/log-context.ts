import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every log line of a process says besides its message: the service (set once by each process's main)
 * and the request it is about (while a portal request runs). Kept on `globalThis`, like the metrics registry,
 * so Next's bundled copy of this module and the portal server's own copy share them.
 */
interface LogContext {
  service: string;
  requests: AsyncLocalStorage<{ requestId: string }>;
}

const KEY = Symbol.for('healthpay.log.context');
const shared = globalThis as typeof globalThis & { [KEY]?: LogContext };
const context: LogContext = (shared[KEY] ??= { service: 'healthpay', requests: new AsyncLocalStorage() });

/**
 * A request id we accept from a trusted proxy or a caller's header: 8 to 64 letters, digits, `-`, `_` or `.`,
 * starting with a letter or digit (UUIDs, nginx's `$request_id`, most tracing ids). Anything else is replaced,
 * so an id cannot smuggle text into a log line or event metadata.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{7,63}$/;

export const isRequestId = (value: unknown): value is string => typeof value === 'string' && REQUEST_ID_PATTERN.test(value);

/** Names this process in every log line (`web`, `projector`, `relay`…). */
export function setLogService(name: string): void {
  context.service = name;
}

export const logService = (): string => context.service;

/** Runs `fn` (and everything it awaits) with `requestId` on every log line. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return context.requests.run({ requestId }, fn);
}

/** The id of the request being handled, if any. */
export const currentRequestId = (): string | undefined => context.requests.getStore()?.requestId;
