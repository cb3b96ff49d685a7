import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { commandFailure } from './use-idempotent-command';

const answer = (data: Record<string, unknown>) => TRPCClientError.from({ error: { message: 'refused', code: -32600, data } });

describe('commandFailure', () => {
  it('renews the idempotency key after a refusal and hands its details to the form', () => {
    const failure = commandFailure(answer({ code: 'CONFLICT', httpStatus: 409, appCode: 'OWNER_HAS_WALLET', fieldErrors: [{ path: 'ownerId', message: 'taken' }] }));
    expect(failure.renewKey).toBe(true);
    expect(failure.renewKey && failure.refusal).toMatchObject({ code: 'OWNER_HAS_WALLET', fieldErrors: [{ path: 'ownerId', message: 'taken' }] });
  });

  it('keeps the key when there was no answer or the server failed, so a retry is not applied twice', () => {
    expect(commandFailure(TRPCClientError.from(new TypeError('Failed to fetch')))).toEqual({ renewKey: false });
    expect(commandFailure(answer({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 }))).toEqual({ renewKey: false });
    expect(commandFailure(new Error('anything else'))).toEqual({ renewKey: false });
  });
});
