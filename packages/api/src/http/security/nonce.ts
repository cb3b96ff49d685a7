const NONCE_BYTES = 16;
/** Random bytes drawn 256 nonces at a time: one call into the system's CSPRNG instead of one per request. */
const pool = new Uint8Array(NONCE_BYTES * 256);
let used = pool.length;

/** A fresh CSP nonce: 128 random bits, base64 (what a `'nonce-…'` source expects). One per request, never reused. */
export function newNonce(): string {
  if (used === pool.length) {
    crypto.getRandomValues(pool);
    used = 0;
  }
  // Each slice of the pool is handed out once: no two nonces share a byte.
  const bytes = pool.subarray(used, (used += NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes));
}