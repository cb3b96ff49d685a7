import { encode } from '@auth/core/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSessionToken } from './session-token';

const secret = 'unit-spec-secret-0123456789abcdef0123456789abcdef0123456789abcdef';
const salt = 'hp-web.session';
const tokenFor = (claims: Record<string, unknown>, maxAge = 3600, s = salt) => encode({ token: claims, secret, salt: s, maxAge });

describe('decodeSessionToken', () => {
  it('returns the claims of a valid cookie, the same again from the cache', async () => {
    const token = await tokenFor({ sub: 'u-1', role: 'patient', portal: 'web' });
    const first = await decodeSessionToken(token, secret, salt);
    expect(first).toMatchObject({ sub: 'u-1', role: 'patient', portal: 'web' });
    expect(await decodeSessionToken(token, secret, salt)).toEqual(first);
  });

  it('refuses a cached token once it has expired', async () => {
    const token = await tokenFor({ sub: 'u-2' }, 60);
    const claims = await decodeSessionToken(token, secret, salt);
    expect(claims?.sub).toBe('u-2');
    const afterExpiry = (claims!.exp as number) * 1000 + 1;
    expect(await decodeSessionToken(token, secret, salt, afterExpiry)).toBeNull();
    // Dropped from the cache, decoded again: still refused.
    expect(await decodeSessionToken(token, secret, salt, afterExpiry)).toBeNull();
  });

  it('refuses a token sealed for another portal (salt) or with another secret, even after it was cached', async () => {
    const token = await tokenFor({ sub: 'u-3' });
    expect(await decodeSessionToken(token, secret, salt)).not.toBeNull();
    expect(await decodeSessionToken(token, secret, 'hp-admin.session')).toBeNull();
    expect(await decodeSessionToken(token, `${secret}-other`, salt)).toBeNull();
  });

  it('refuses a tampered token, and keeps refusing it', async () => {
    const token = await tokenFor({ sub: 'u-4' });
    const parts = token.split('.');
    const ciphertext = parts[3]!;
    parts[3] = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
    const tampered = parts.join('.');
    expect(await decodeSessionToken(tampered, secret, salt)).toBeNull();
    expect(await decodeSessionToken(tampered, secret, salt)).toBeNull();
    expect(await decodeSessionToken('garbage', secret, salt)).toBeNull();
  });
});
