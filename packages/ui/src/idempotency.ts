/** A v4 UUID; falls back to getRandomValues where randomUUID is missing (plain-http LAN addresses). */
export function newUuid(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** tRPC call options that send an Idempotency-Key header (see the link in trpc.tsx). */
export const withIdempotencyKey = (key: string) => ({ context: { idempotencyKey: key } });
