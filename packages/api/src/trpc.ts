import { initTRPC, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { STAFF_ROLES } from '@healthpay/db';
import type { Actor, ActorRole } from './auth/actor';
import type { Context } from './context';
import { AppError, toAppError } from './errors/app-error';
import { transformer } from './transformer';
import { log } from '@healthpay/config/log';
import { recordApiCall } from '@healthpay/config/metrics';

/** Per-procedure metadata: who may call it. Every procedure declares it (see the access spec). */
export interface Meta {
  access: 'public' | 'authenticated' | readonly ActorRole[];
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer,
    // Live updates (routers/live): a ping keeps proxies from closing an idle stream; streams end after five
    // minutes so the client reconnects and its session is checked again (a signed-out one is refused).
    sse: { ping: { enabled: true, intervalMs: 15_000 }, maxDurationMs: 5 * 60_000, client: { reconnectAfterInactivityMs: 40_000 } },
    errorFormatter({ shape, error }) {
      // Errors raised before a procedure runs (unparseable body, unknown path) have no AppError yet.
      const app = error.cause instanceof AppError ? error.cause : fromTransportError(error.code);
      return {
        ...shape,
        message: app?.message ?? shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          appCode: app?.code ?? 'INTERNAL',
          fieldErrors: app?.fieldErrors ?? [],
          details: app?.details ?? {},
        },
      };
    },
  });

function fromTransportError(code: TRPC_ERROR_CODE_KEY): AppError | null {
  if (code === 'PARSE_ERROR' || code === 'BAD_REQUEST' || code === 'METHOD_NOT_SUPPORTED' || code === 'PAYLOAD_TOO_LARGE' || code === 'UNSUPPORTED_MEDIA_TYPE') {
    return new AppError('VALIDATION_FAILED', 'The request could not be read');
  }
  if (code === 'NOT_FOUND') return new AppError('NOT_FOUND', 'No such procedure');
  return null;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every error leaves as an AppError mapped through the one table; unknown errors are logged, not leaked. */
const errors = t.middleware(async ({ next, path, ctx }) => {
  // Timed here because every procedure passes through: `path` is always a real procedure (bounded label).
  const started = performance.now();
  const result = await next();
  if (!result.ok) {
    const app = toAppError(result.error);
    if (app.code === 'INTERNAL') log.error(`[api] ${path} failed`, result.error.cause ?? result.error, { requestId: ctx.request?.requestId });
    recordApiCall('trpc', path, app.httpStatus, (performance.now() - started) / 1000);
    throw app.toTRPC();
  }
  recordApiCall('trpc', path, 200, (performance.now() - started) / 1000);
  return result;
});

/** NUL and unpaired surrogates: Postgres cannot store them (text or jsonb), so they never get that far. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);
const hasUnstorableText = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return unstorable(value);
  if (value === null || typeof value !== 'object' || depth > 32) return false;
  return Object.entries(value).some(([k, v]) => unstorable(k) || hasUnstorableText(v, depth + 1));
};

/**
 * Refused before any schema runs: one such string in an event would fail the whole group-commit batch
 * it rides in, other callers' commands included.
 */
const unstorableTextError = () => new AppError('VALIDATION_FAILED', 'Text must not contain NUL characters or unpaired surrogates');
const storableText = t.middleware(async ({ getRawInput, next }) => {
  if (hasUnstorableText(await getRawInput())) throw unstorableTextError();
  return next();
});

const base = t.procedure.use(errors);
export const publicProcedure = base.use(storableText);

/**
 * Signed in, and (when the procedure's meta lists roles) in one of those roles; then the input's text is
 * checked as `storableText` does. Access first: a caller who may not call it learns nothing from how its input
 * is checked. One middleware, not two: every level of tRPC's chain copies the call's options and context.
 */
const requireAccess = t.middleware(async ({ ctx, meta, getRawInput, next }) => {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const access = meta?.access;
  if (Array.isArray(access) ? !access.includes(ctx.actor.role) : ctx.actor.role === 'organization') {
    // An organization token is admitted only where `organization` is listed, never by 'authenticated'.
    throw new AppError('FORBIDDEN', 'Your role may not do this');
  }
  if (hasUnstorableText(await getRawInput())) throw unstorableTextError();
  // Only the narrowed actor: tRPC merges it into the context it already has.
  return next({ ctx: { actor: ctx.actor as Actor } });
});

export const authedProcedure = base.use(requireAccess);

/** Only these roles may call it. */
export const roleProcedure = (...roles: ActorRole[]) => authedProcedure.meta({ access: roles });

/** Any staff role (procedures that every staff member may call). */
export const staffProcedure = roleProcedure(...STAFF_ROLES);
