import { afterEach, describe, expect, it, vi } from 'vitest';
import { newUuid, withIdempotencyKey } from './idempotency';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newUuid', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes distinct v4 uuids', () => {
    const a = newUuid();
    expect(a).toMatch(UUID_V4);
    expect(newUuid()).not.toBe(a);
  });

  it('works where crypto.randomUUID is missing', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => real.getRandomValues(b) });
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    expect(newUuid()).toMatch(UUID_V4);
  });
});

it('withIdempotencyKey puts the key in the tRPC operation context', () => {
  expect(withIdempotencyKey('k-12345678')).toEqual({ context: { idempotencyKey: 'k-12345678' } });
});
