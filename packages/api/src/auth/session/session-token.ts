import { decode, type JWT } from '@auth/core/jwt';

/** Session cookies kept decoded per process: a portal serves far fewer live sessions than this. */
const MAX_ENTRIES = 10_000;

interface Decoded {
  claims: JWT;
  /** ms since the epoch; past it the token is refused as Auth.js would refuse it. */
  expiresAt: number;
}

const caches = new Map<string, Map<string, Decoded>>();

/**
 * The claims of an Auth.js session cookie, or null when it does not decrypt (wrong key, tampered) or has
 * expired. Decoding costs a key derivation (HKDF), a JWK thumbprint and an AES-CBC + HMAC pass through
 * WebCrypto on every call — most of a portal call's CPU — so each cookie is decoded once per process and its
 * claims kept, keyed by the exact token string. That is safe: the token is authenticated encryption, so the
 * same string always decodes to the same claims, and only strings that did decrypt are kept. What can change
 * while a cookie lives (sign-out, role, deactivation) is not in the claims: the caller checks it against the
 * database on every request. Expiry is checked here on every call.
 */
export async function decodeSessionToken(token: string, secret: string, salt: string, now = Date.now()): Promise<JWT | null> {
  const cacheKey = `${salt}\n${secret}`;
  let cache = caches.get(cacheKey);
  if (!cache) caches.set(cacheKey, (cache = new Map()));
  const hit = cache.get(token);
  if (hit) {
    if (now < hit.expiresAt) return hit.claims;
    cache.delete(token);
    return null;
  }
  const claims = await decode({ token, secret, salt }).catch(() => null);
  // Auth.js always sets exp; a token without one is not kept (decoded again next time).
  if (!claims || typeof claims.exp !== 'number') return claims;
  if (now >= claims.exp * 1000) return null;
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(token, { claims, expiresAt: claims.exp * 1000 });
  return claims;
}
