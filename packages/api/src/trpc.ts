import { getTRPCErrorFromUnknown, initTRPC, type TRPC_ERROR_CODE_KEY, type TRPCError } from '@trpc/server';
import { STAFF_ROLES } from '@healthpay/db';
import type { Actor, ActorRole } from './auth/actor';
import type { Context } from './context';
import { AppError, toAppError, unreadableRequest } from './errors/app-error';
import { transformer } from './transformer';
import { requestLog } from '@healthpay/config/log';
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
  if (unreadableRequest(code)) return new AppError('VALIDATION_FAILED', 'The request could not be read');
  if (code === 'NOT_FOUND') return new AppError('NOT_FOUND', 'No such procedure');
  return null;
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Every error leaves as an AppError mapped through the one table; unknown errors are logged, not leaked. Each
 * call is timed and counted (`path` is always a real procedure: a bounded label) by the one middleware of its
 * procedure tier below: `answered` with tRPC's result of the rest of the chain, `failed` with what the tier's own
 * checks threw, made into a TRPCError as tRPC does when a middleware throws (so both map the same way).
 */
function failed(path: string, ctx: Context, started: number, error: TRPCError): never {
  const app = toAppError(error);
  if (app.code === 'INTERNAL') requestLog(ctx.request?.requestId).error(`[api] ${path} failed`, error.cause ?? error);
  recordApiCall('trpc', path, app.httpStatus, (performance.now() - started) / 1000);
  throw app.toTRPC();
}

function answered<R extends { ok: true } | { ok: false; error: TRPCError }>(path: string, ctx: Context, started: number, result: R): R {
  if (!result.ok) failed(path, ctx, started, result.error);
  recordApiCall('trpc', path, 200, (performance.now() - started) / 1000);
  return result;
}

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
const assertStorableText = async (getRawInput: () => Promise<unknown>) => {
  if (hasUnstorableText(await getRawInput())) throw unstorableTextError();
};

/*
 * One middleware per tier, not a chain of them: every level of tRPC's chain copies the call's options (and the
 * context, where it is narrowed), on every request.
 */

export const publicProcedure = t.procedure.use(async ({ ctx, path, getRawInput, next }) => {
  const started = performance.now();
  try {
    await assertStorableText(getRawInput);
  } catch (cause) {
    failed(path, ctx, started, getTRPCErrorFromUnknown(cause));
  }
  return answered(path, ctx, started, await next());
});

/** Signed in, and (when the procedure's meta lists roles) in one of those roles: the narrowed actor, or a refusal. */
function admittedActor(ctx: Context, meta: Meta | undefined): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const access = meta?.access;
  if (Array.isArray(access) ? !access.includes(ctx.actor.role) : ctx.actor.role === 'organization') {
    // An organization token is admitted only where `organization` is listed, never by 'authenticated'.
    throw new AppError('FORBIDDEN', 'Your role may not do this');
  }
  return ctx.actor;
}

/** A further check of an admitted caller (`admittedProcedure`): throws an AppError to refuse the call. */
export type AdmissionCheck = (actor: Actor, ctx: Context, getRawInput: () => Promise<unknown>) => Promise<void>;

/**
 * Admitted (`admittedActor`); then the input's text is checked as `publicProcedure` does; then `check`, if any.
 * Access first: a caller who may not call it learns nothing from how its input is checked.
 */
export const admittedProcedure = (check?: AdmissionCheck) => t.procedure.use(async ({ ctx, meta, path, type, getRawInput, next }) => {
  const started = performance.now();
  let actor: Actor;
  try {
    actor = admittedActor(ctx, meta);
    await assertStorableText(getRawInput);
    if (check) await check(actor, ctx, getRawInput);
  } catch (cause) {
    failed(path, ctx, started, getTRPCErrorFromUnknown(cause));
  }
  // A portal user's query reads the read models only once they show that user's own last commands (bounded).
  const seen = type === 'query' ? ctx.request?.recentWrites?.seen(actor.userId) : undefined;
  if (seen) await seen;
  // Only the narrowed actor: tRPC merges it into the context it already has.
  return answered(path, ctx, started, await next({ ctx: { actor } }));
});

export const authedProcedure = admittedProcedure();

/** Only these roles may call it. */
export const roleProcedure = (...roles: ActorRole[]) => authedProcedure.meta({ access: roles });

/** Any staff role (procedures that every staff member may call). */
export const staffProcedure = roleProcedure(...STAFF_ROLES);
