import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { englishErrorMessages, errorInfo, isClientError, isUnauthenticated } from './errors';

const serverError = (data: Record<string, unknown>, message = 'boom') =>
  TRPCClientError.from({ error: { message, code: -32600, data } });

describe('errorInfo', () => {
  it('reads the appCode, field errors and details the API sends', () => {
    const e = serverError({
      code: 'UNPROCESSABLE_CONTENT',
      httpStatus: 422,
      appCode: 'INSUFFICIENT_FUNDS',
      fieldErrors: [{ path: 'amount', message: 'too much' }],
      details: { available: 100, requested: 500 },
    });
    expect(errorInfo(e)).toEqual({
      code: 'INSUFFICIENT_FUNDS',
      message: 'boom',
      fieldErrors: [{ path: 'amount', message: 'too much' }],
      details: { available: 100, requested: 500 },
    });
  });

  it('falls back to the tRPC class for codes the portals have no wording for', () => {
    expect(errorInfo(serverError({ code: 'TOO_MANY_REQUESTS', appCode: 'SOMETHING_NEW' })).code).toBe('RATE_LIMITED');
    expect(errorInfo(serverError({ code: 'UNPROCESSABLE_CONTENT', appCode: 'SOMETHING_REFUSED' })).code).toBe('REFUSED');
    expect(errorInfo(serverError({ code: 'CONFLICT', appCode: 'SOMETHING_CLASHING' })).code).toBe('CONFLICT');
    expect(errorInfo(serverError({ code: 'TEAPOT' })).code).toBe('INTERNAL');
  });

  it('has wording for the MedCard codes', () => {
    expect(errorInfo(serverError({ code: 'NOT_FOUND', appCode: 'CARD_NOT_FOUND' })).code).toBe('CARD_NOT_FOUND');
    expect(errorInfo(serverError({ code: 'CONFLICT', appCode: 'DUPLICATE_PRESCRIPTION' })).code).toBe('DUPLICATE_PRESCRIPTION');
  });

  it('calls a failed fetch a network error', () => {
    const e = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(errorInfo(e).code).toBe('NETWORK');
  });

  it('treats anything else as internal', () => {
    expect(errorInfo(new Error('x')).code).toBe('INTERNAL');
    expect(errorInfo('x').code).toBe('INTERNAL');
  });

  it('has English wording for every code', () => {
    for (const message of Object.values(englishErrorMessages)) expect(message.length).toBeGreaterThan(5);
  });
});

describe('isUnauthenticated / isClientError', () => {
  it('recognise a 401', () => {
    const e = serverError({ code: 'UNAUTHORIZED', httpStatus: 401, appCode: 'UNAUTHENTICATED' });
    expect(isUnauthenticated(e)).toBe(true);
    expect(isClientError(e)).toBe(true);
  });
  it('do not treat a 500 as a client error', () => {
    const e = serverError({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, appCode: 'INTERNAL' });
    expect(isUnauthenticated(e)).toBe(false);
    expect(isClientError(e)).toBe(false);
  });
});
