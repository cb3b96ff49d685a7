import { getTRPCErrorFromUnknown, TRPCError, type AnyTRPCProcedure } from '@trpc/server';
import { getParseFn, type ParseFn } from '@trpc/server/unstable-core-do-not-import';
import { z } from 'zod';
import { KnownJson } from '../../serialize/known-json';

/** What tRPC's handlers pass a procedure: the call, before any middleware has run. */
export interface ProcedureCall {
  path: string;
  type: 'query' | 'mutation';
  ctx: unknown;
  getRawInput: () => Promise<unknown>;
  signal: AbortSignal | undefined;
  batchIndex: number;
}

interface NextOptions {
  ctx?: Record<string, unknown>;
  input?: unknown;
  getRawInput?: () => Promise<unknown>;
}

type Result = { ok: true; data: unknown; ctx?: unknown } | { ok: false; error: TRPCError };
type Middleware = ((opts: Record<string, unknown>) => Promise<Result | undefined>) & { _type?: string };

interface ProcedureDef {
  middlewares: Middleware[];
  meta: unknown;
  inputs: unknown[];
  output?: unknown;
  resolver?: (opts: Record<string, unknown>) => unknown;
  caller?: unknown;
}

/**
 * A level of the chain: a middleware as tRPC calls it, or one of tRPC's own input parsers, output parser or
 * resolver step done here with the same parser and the same result, without its async frame and option copies.
 */
type Step = { kind: 'use'; middleware: Middleware } | { kind: 'input'; parse: ParseFn<unknown> } | { kind: 'output'; parse: ParseFn<unknown>; schema: unknown }
  | { kind: 'resolve'; resolver: (opts: Record<string, unknown>) => unknown };

// tRPC's own result marker (`middlewareMarker`), on every result made here as tRPC's runner and resolver put it.
const MARKER = 'middlewareMarker';
const plans = new WeakMap<ProcedureDef, Step[]>();

/**
 * The chain of a procedure as steps. tRPC's input parsers (`.input()`, in order: `def.inputs`), its output parser
 * (`.output()`, `def.output` when there is one) and its resolver (always the last middleware) are recognised by the
 * marks tRPC gives them; where the counts do not line up, the middleware is called as it is.
 */
function planOf(def: ProcedureDef): Step[] {
  let plan = plans.get(def);
  if (plan) return plan;
  const inputMiddlewares = def.middlewares.filter((m) => m._type === 'input').length;
  const outputMiddlewares = def.middlewares.filter((m) => m._type === 'output').length;
  let nthInput = 0;
  plan = def.middlewares.map((middleware, i): Step => {
    if (middleware._type === 'input' && inputMiddlewares === def.inputs.length) return { kind: 'input', parse: parserOf(def.inputs[nthInput++]) };
    if (middleware._type === 'output' && outputMiddlewares === 1 && def.output) return { kind: 'output', parse: parserOf(def.output), schema: def.output };
    if (i === def.middlewares.length - 1 && def.resolver && middleware.name === 'resolveMiddleware') return { kind: 'resolve', resolver: def.resolver };
    return { kind: 'use', middleware };
  });
  plans.set(def, plan);
  return plan;
}

/**
 * tRPC's parser of a schema (`getParseFn`: a zod schema's `parseAsync`), except that a zod schema is first parsed with
 * its synchronous `parse`: zod runs an object's compiled check (its JIT fast path) only in a synchronous parse, which
 * made an answer's output parse 2-3x cheaper (wallet and card views, docs/benchmarks.md reads run 14). The same value
 * or the same ZodError. A schema that meets a Promise (an async refinement) throws zod's `$ZodAsyncError` there; it is
 * then parsed with `parseAsync`, that time and from then on, as zod's own Standard Schema `validate` falls back.
 */
function parserOf(schema: unknown): ParseFn<unknown> {
  const parseAsync = getParseFn<unknown>(schema as never);
  if (!(schema instanceof z.ZodType)) return parseAsync;
  let sync = true;
  return (value) => {
    if (sync) {
      try {
        return schema.parse(value);
      } catch (cause) {
        if (!(cause instanceof z.core.$ZodAsyncError)) throw cause;
        sync = false;
      }
    }
    return parseAsync(value);
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && !Array.isArray(value) && typeof value === 'object';

/**
 * Runs a procedure's middleware chain (tier, input parsers, output parser, resolver) as tRPC's `callRecursive`
 * does, with the same options at each level, the same context merge on `next({ ctx })`, the same input handed
 * down and the same failures, but with object literals: tRPC builds every level's options (and its `next`'s)
 * with a generic object-spread helper, twice per level, which was ~8 % of the API's CPU per command; its input
 * and output parser levels are run in place. call-procedure.unit.spec.ts runs both on the same procedures.
 */
export async function callProcedure(procedure: AnyTRPCProcedure, call: ProcedureCall): Promise<unknown> {
  const def = procedure._def as unknown as ProcedureDef;
  // A procedure with its own caller (`experimental_caller`) runs as tRPC runs it.
  if (def.caller) return (procedure as unknown as (call: ProcedureCall) => Promise<unknown>)(call);
  const result = await level(0, planOf(def), def.meta, call, call.ctx, undefined, call.getRawInput);
  if (!result) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'No result from middlewares - did you forget to `return next()`?' });
  if (!result.ok) throw result.error;
  return result.data;
}

async function level(index: number, plan: Step[], meta: unknown, call: ProcedureCall, ctx: unknown, input: unknown, getRawInput: () => Promise<unknown>): Promise<Result | undefined> {
  try {
    const step = plan[index] as Step;
    switch (step.kind) {
      case 'input': {
        // tRPC's inputValidatorMiddleware.
        const raw = await getRawInput();
        let parsed: unknown;
        try {
          parsed = await step.parse(raw);
        } catch (cause) {
          throw new TRPCError({ code: 'BAD_REQUEST', cause });
        }
        return await level(index + 1, plan, meta, call, ctx, isObject(input) && isObject(parsed) ? { ...input, ...parsed } : parsed, getRawInput);
      }
      case 'output': {
        // tRPC's outputValidatorMiddleware.
        const result = (await level(index + 1, plan, meta, call, ctx, input, getRawInput)) as Result;
        if (!result.ok) return result;
        // An answer that carries its own JSON text, checked against this very schema when it was stored, goes out as it is.
        if (result.data instanceof KnownJson && result.data.checkedAgainst === step.schema && result.data.jsonText() !== null) return result;
        try {
          return { ...result, data: await step.parse(result.data) };
        } catch (cause) {
          throw new TRPCError({ message: 'Output validation failed', code: 'INTERNAL_SERVER_ERROR', cause });
        }
      }
      default: {
        const opts: Record<string, unknown> = {
          path: call.path,
          type: call.type,
          signal: call.signal,
          batchIndex: call.batchIndex,
          ctx,
          input,
          getRawInput,
          meta,
          next: nextOf(index + 1, plan, meta, call, ctx, input, getRawInput),
        };
        // tRPC's resolveMiddleware.
        if (step.kind === 'resolve') return { marker: MARKER, ok: true, data: await step.resolver(opts), ctx } as Result;
        return await step.middleware(opts);
      }
    }
  } catch (cause) {
    return { ok: false, error: getTRPCErrorFromUnknown(cause), marker: MARKER } as Result;
  }
}

/**
 * A level's `next`, as tRPC's: the next level with the context merged, the input and raw input replaced where given.
 * Made here rather than inline: tsx names every function a literal assigns (`__name`, a defineProperty per call).
 */
function nextOf(index: number, plan: Step[], meta: unknown, call: ProcedureCall, ctx: unknown, input: unknown, getRawInput: () => Promise<unknown>) {
  return (nextOpts?: NextOptions) =>
    level(
      index,
      plan,
      meta,
      call,
      nextOpts?.ctx ? { ...(ctx as Record<string, unknown>), ...nextOpts.ctx } : ctx,
      nextOpts && 'input' in nextOpts ? nextOpts.input : input,
      nextOpts?.getRawInput ?? getRawInput,
    );
}
