import { domainErrorCodes } from '@healthpay/domain';
import { describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import { AppError, toAppError } from './app-error';
import { apiErrorCodes, errorMappings, mappingOf } from './error-codes';

describe('the error table', () => {
  it('maps every code exactly once, to a 4xx except INTERNAL (500) and a payment provider’s failures (502, 503)', () => {
    const codes = [...apiErrorCodes, ...domainErrorCodes];
    expect(Object.keys(errorMappings).sort()).toEqual([...new Set(codes)].sort());
    const upstream: Record<string, number> = { INTERNAL: 500, PROVIDER_REJECTED: 502, PROVIDER_UNAVAILABLE: 503 };
    for (const code of codes) {
      const { http } = mappingOf(code);
      expect({ code, http: upstream[code] ? http === upstream[code] : http >= 400 && http < 500 }).toEqual({ code, http: true });
    }
  });

  it.each([
    ['VALIDATION_FAILED', 400], ['UNAUTHENTICATED', 401], ['FORBIDDEN', 403], ['CSRF_REJECTED', 403], ['WALLET_NOT_FOUND', 404],
    ['VERSION_CONFLICT', 409], ['IDEMPOTENCY_KEY_REUSED', 409], ['RATE_LIMITED', 429], ['INSUFFICIENT_FUNDS', 422],
  ] as const)('%s → %i', (code, http) => {
    expect(new AppError(code, 'x').httpStatus).toBe(http);
  });

  it('turns zod errors into field errors and unknown errors into an opaque INTERNAL', () => {
    const zodError = z.object({ amount: z.int() }).safeParse({ amount: 1.5 }).error as ZodError;
    expect(toAppError(zodError)).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ path: 'amount' }] });
    const internal = toAppError(new Error('password=hunter2 leaked'));
    expect(internal).toMatchObject({ code: 'INTERNAL' });
    expect(internal.message).not.toContain('hunter2');
  });

  it.each(['PAYLOAD_TOO_LARGE', 'PARSE_ERROR', 'BAD_REQUEST', 'METHOD_NOT_SUPPORTED', 'UNSUPPORTED_MEDIA_TYPE'] as const)(
    'a request tRPC could not read (%s, e.g. while a procedure reads its raw input) is the caller’s fault, not INTERNAL',
    (code) => {
      expect(toAppError(new TRPCError({ code, message: 'x' }))).toMatchObject({ code: 'VALIDATION_FAILED', httpStatus: 400 });
    },
  );
});
