import { describe, expect, it } from 'vitest';
import { newNonce } from './nonce';

describe('newNonce', () => {
  it('is 128 bits of base64, different every time', () => {
    const nonces = Array.from({ length: 100 }, newNonce);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(nonces).size).toBe(100);
  });

  it('stays different across refills of its random pool (256 nonces each)', () => {
    const nonces = Array.from({ length: 1_000 }, newNonce);
    expect(new Set(nonces).size).toBe(1_000);
  });
});
