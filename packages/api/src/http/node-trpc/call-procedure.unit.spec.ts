import { initTRPC, TRPCError, type AnyTRPCProcedure } from '@trpc/server';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { KnownJson } from '../../serialize/known-json';
import { callProcedure, type ProcedureCall } from './call-procedure';

/*
 * callProcedure must run a procedure exactly as tRPC runs it: every case below goes through both, and what the
 * middlewares saw at each level and what came out (data, or the error's class, code, message and cause) must match.
 */
interface Ctx { user: string | null; seen: unknown[] }
const t = initTRPC.context<Ctx>().meta<{ tag: string }>().create();

/** What a middleware was handed, functions and the shared log left out. */
const snapshot = (name: string, opts: Record<string, unknown>) => {
  const { next: _n, getRawInput: _g, ctx, ...rest } = opts;
  const { seen: _s, ...ctxRest } = ctx as Ctx;
  return { name, keys: Object.keys(opts).sort(), ...rest, ctx: ctxRest };
};
const watched = (name: string) => t.middleware(async (opts) => {
  opts.ctx.seen.push(snapshot(name, opts as unknown as Record<string, unknown>));
  return opts.next();
});

const base = t.procedure.meta({ tag: 'm' }).use(watched('outer'));
const narrowed = base.use(async ({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in' });
  return next({ ctx: { user: ctx.user.toUpperCase(), extra: 1 } });
});

const cases: [string, AnyTRPCProcedure, unknown][] = [
  ['a plain query', base.use(watched('inner')).query(({ ctx }) => ({ user: ctx.user })), undefined],
  ['a narrowed context', narrowed.use(watched('inner')).query(({ ctx }) => ctx), undefined],
  ['a refusal by a middleware', narrowed.query(() => 'never'), undefined],
  ['a parsed input', base.input(z.object({ n: z.coerce.number() })).use(watched('after input')).query(({ input }) => input.n + 1), { n: '41' }],
  ['two inputs merged', base.input(z.object({ a: z.string() })).input(z.object({ b: z.string() })).query(({ input }) => input), { a: 'x', b: 'y', c: 'z' }],
  ['an invalid input', base.input(z.object({ n: z.number() })).query(() => 'never'), { n: 'x' }],
  ['an output validated', base.output(z.object({ n: z.number() })).query(() => ({ n: 1, dropped: true })), undefined],
  ['an output refused', base.output(z.object({ n: z.number() })).query(() => ({ n: 'x' }) as unknown as { n: number }), undefined],
  ['a resolver that throws', base.mutation(() => { throw new Error('boom'); }), undefined],
  ['a middleware that never calls next', base.use(async () => undefined as never).query(() => 'never'), undefined],
  ['an input merged into one a middleware set', base.use(({ next }) => next({ input: { pre: 1 } })).input(z.object({ a: z.string() })).use(watched('inner')).query(({ input }) => input), { a: 'x' }],
  ['a middleware after the parsers', base.input(z.object({ n: z.number() })).output(z.number()).use(watched('inner')).query(({ input }) => input.n), { n: 3 }],
  ['an async refinement', base.input(z.object({ n: z.number() }).refine(async (v) => v.n > 2, 'small')).query(({ input }) => input.n), { n: 1 }],
  ['no result below an output parser', base.output(z.string()).use(async () => undefined as never).query(() => 'never'), undefined],
  ['a middleware that maps the result', base.use(async ({ next }) => {
    const result = await next();
    return result.ok ? { ...result, data: { wrapped: result.data } } : result;
  }).output(z.string()).query(() => 'x'), undefined],
  ['an error result returned by a middleware', base.use(async ({ next }) => {
    await next();
    throw new TRPCError({ code: 'CONFLICT', message: 'after' });
  }).input(z.object({})).query(() => 'x'), {}],
  ['a raw input that fails to read', base.use(({ next }) => next({ getRawInput: async () => { throw new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }); } })).input(z.object({})).query(() => 'x'), {}],
  ['input and raw input replaced by middlewares', base.use(({ next }) => next({ input: { given: true } })).use(({ next }) => next({ getRawInput: async () => 'other' }))
    .use(watched('inner')).query(async (opts) => ({ input: opts.input, raw: await (opts as unknown as { getRawInput: () => Promise<unknown> }).getRawInput() })), { n: 1 }],
];

async function outcome(run: (call: ProcedureCall) => Promise<unknown>, type: 'query' | 'mutation', raw: unknown, user: string | null) {
  const ctx: Ctx = { user, seen: [] };
  const call: ProcedureCall = { path: 'x.y', type, ctx, getRawInput: async () => raw, signal: undefined, batchIndex: 0 };
  const result = await run(call).then(
    (data) => ({ data }),
    (e: unknown) => {
      const error = e as TRPCError;
      return { error: { isTRPC: error instanceof TRPCError, code: error.code, message: error.message, cause: error.cause?.constructor.name, causeMessage: error.cause?.message } };
    },
  );
  return { result, seen: ctx.seen, ctxUntouched: Object.keys(ctx).sort() };
}

describe('callProcedure', () => {
  it.each(cases)('%s: runs as tRPC runs it', async (_name, procedure, raw) => {
    const type = procedure._def.type as 'query' | 'mutation';
    for (const user of ['ana', null]) {
      const mine = await outcome((call) => callProcedure(procedure, call), type, raw, user);
      const theirs = await outcome((call) => (procedure as unknown as (c: ProcedureCall) => Promise<unknown>)(call), type, raw, user);
      expect(mine).toEqual(theirs);
    }
  });

  it('hands each level the options tRPC hands it', async () => {
    const { seen, result } = await outcome((call) => callProcedure(cases[1]![1], call), 'query', undefined, 'ana');
    expect(result).toEqual({ data: { user: 'ANA', extra: 1, seen } });
    expect(seen).toEqual([
      { name: 'outer', keys: ['batchIndex', 'ctx', 'getRawInput', 'input', 'meta', 'next', 'path', 'signal', 'type'], batchIndex: 0, input: undefined, meta: { tag: 'm' }, path: 'x.y', signal: undefined, type: 'query', ctx: { user: 'ana' } },
      { name: 'inner', keys: ['batchIndex', 'ctx', 'getRawInput', 'input', 'meta', 'next', 'path', 'signal', 'type'], batchIndex: 0, input: undefined, meta: { tag: 'm' }, path: 'x.y', signal: undefined, type: 'query', ctx: { user: 'ANA', extra: 1 } },
    ]);
  });

  it('passes a KnownJson with text through its own output schema only; any other schema, or no text, parses it', async () => {
    const shape = z.object({ n: z.number() });
    class Known extends KnownJson {
      constructor(readonly checkedAgainst: unknown, private readonly stored: string | null, readonly n = 1) { super(); }
      protected text() { return this.stored; }
    }
    const run = (schema: z.ZodType, value: Known) => outcome((call) => callProcedure(base.output(schema).query(() => value as never), call), 'query', undefined, 'ana');
    const own = new Known(shape, '{"n":1}');
    expect((await run(shape, own)).result).toEqual({ data: own });
    for (const other of [new Known(z.object({ n: z.number() }), '{"n":1}'), new Known(shape, null)]) {
      const { result } = await run(shape, other);
      expect(result).toEqual({ data: { n: 1 } });
      expect((result as { data: unknown }).data).not.toBeInstanceOf(KnownJson);
    }
  });

  it('parses with a zod schema\'s synchronous parse (zod\'s compiled object check), the same value and error; parseAsync once a schema is async', async () => {
    const input = z.object({ n: z.number() });
    const output = z.object({ n: z.number(), at: z.date() });
    const inputAsync = vi.spyOn(input, 'parseAsync');
    const outputAsync = vi.spyOn(output, 'parseAsync');
    const procedure = base.input(input).output(output).query(({ input: i }) => ({ n: i.n, at: new Date(0), dropped: 1 }));
    expect((await outcome((call) => callProcedure(procedure, call), 'query', { n: 2 }, 'ana')).result).toEqual({ data: { n: 2, at: new Date(0) } });
    const refused = (await outcome((call) => callProcedure(procedure, call), 'query', { n: 'x' }, 'ana')).result;
    expect(refused).toMatchObject({ error: { code: 'BAD_REQUEST', cause: 'ZodError' } });
    expect(inputAsync).not.toHaveBeenCalled();
    expect(outputAsync).not.toHaveBeenCalled();

    let checks = 0;
    const slow = z.object({ n: z.number() }).refine(async (v) => (checks++, v.n > 2), 'small');
    const slowAsync = vi.spyOn(slow, 'parseAsync');
    const refined = base.input(slow).query(({ input: i }) => i.n);
    for (const [n, expected] of [[3, { data: 3 }], [1, { error: { code: 'BAD_REQUEST', cause: 'ZodError' } }], [4, { data: 4 }]] as const) {
      expect((await outcome((call) => callProcedure(refined, call), 'query', { n }, 'ana')).result).toMatchObject(expected);
    }
    // Met once in the synchronous parse (zod then throws before awaiting it), and from then on only parseAsync.
    expect(slowAsync).toHaveBeenCalledTimes(3);
    expect(checks).toBe(4);
  });
});
