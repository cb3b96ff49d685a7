import { TRPCError } from '@trpc/server';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Context } from './context';
import { AppError } from './errors/app-error';
import { admittedProcedure, createCallerFactory, publicProcedure, router } from './trpc';

// One middleware per tier refuses with its own throws: they must leave exactly as a failure of the rest of the chain.
const appCodeOf = async (call: Promise<unknown>) => {
  const error = await call.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  // The tRPC code too: an AppError thrown past the mapping would leave as INTERNAL_SERVER_ERROR.
  return `${(error as TRPCError).code} ${((error as TRPCError).cause as AppError).code}`;
};
const ctxOf = (actor: unknown): Context => ({ services: {} as never, actor: actor as Context['actor'], idempotencyKey: null });
const patient = { role: 'patient', userId: 'u1' };
const input = z.object({ id: z.string().min(3) });

describe('procedure tiers', () => {
  it('refuse in order: signed in, role, storable text, the extra check, then the input schema', async () => {
    const check = vi.fn(async () => { throw new AppError('PHARMACY_NOT_ACTIVE', 'suspended'); });
    const r = router({ q: admittedProcedure(check).meta({ access: ['patient'] }).input(input).query(() => 'ok') });
    const call = (actor: unknown, raw: unknown) => createCallerFactory(r)(ctxOf(actor)).q(raw as { id: string });
    expect(await appCodeOf(call(null, { id: 'x' }))).toBe('UNAUTHORIZED UNAUTHENTICATED');
    expect(await appCodeOf(call({ role: 'pharmacist', userId: 'u2' }, { id: 'x' }))).toBe('FORBIDDEN FORBIDDEN');
    expect(await appCodeOf(call(patient, { id: 'a\u0000b' }))).toBe('BAD_REQUEST VALIDATION_FAILED');
    expect(check).not.toHaveBeenCalled();
    expect(await appCodeOf(call(patient, { id: 'x' }))).toBe('FORBIDDEN PHARMACY_NOT_ACTIVE');
    expect(check).toHaveBeenCalledOnce();
  });

  it('map an unexpected throw of a check to INTERNAL, its message not leaked', async () => {
    const r = router({ q: admittedProcedure(async () => { throw new Error('db exploded'); }).meta({ access: ['patient'] }).input(input).query(() => 'ok') });
    const error = await createCallerFactory(r)(ctxOf(patient)).q({ id: 'abc' }).then(() => null, (e: TRPCError) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error?.cause as AppError).code).toBe('INTERNAL');
    expect(error?.message).not.toContain('db exploded');
  });

  it('narrow the actor, and map the resolver\'s and the schema\'s failures through the same table', async () => {
    const r = router({
      q: admittedProcedure().meta({ access: 'authenticated' }).input(input).query(({ ctx }) => ctx.actor.userId),
      bad: publicProcedure.input(input).query(() => { throw new AppError('CARD_NOT_FOUND', 'no'); }),
    });
    const caller = createCallerFactory(r)(ctxOf(patient));
    expect(await caller.q({ id: 'abc' })).toBe('u1');
    expect(await appCodeOf(caller.q({ id: 'x' }))).toBe('BAD_REQUEST VALIDATION_FAILED');
    expect(await appCodeOf(caller.bad({ id: 'abc' }))).toBe('NOT_FOUND CARD_NOT_FOUND');
    expect(await appCodeOf(caller.bad({ id: '\ud800' }))).toBe('BAD_REQUEST VALIDATION_FAILED');
  });
});
