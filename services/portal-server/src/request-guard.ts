const KiB = 1024;
const MiB = 1024 * KiB;

/** Bodies stream through their own reader with its own cap (payment provider callbacks: 64 KiB). */
export const STREAMED = 'streamed' as const;
export type BodyLimit = number | typeof STREAMED;

/** tRPC procedures whose inputs may be larger than a command's (chunks of a staff CSV import). */
const TRPC_LARGE = /^members\./;
/** Public or sign-in procedures: anyone can send these, so they get the smallest cap. */
const TRPC_PUBLIC = /^(auth|registration|session|invitations)\./;

/** The smallest cap of the procedures a (batched) tRPC path names: naming a larger one cannot lift the cap. */
function trpcLimit(path: string): number {
  const names = path.slice('/api/trpc/'.length).split(',');
  return Math.min(...names.map((n) => (TRPC_PUBLIC.test(n) ? 16 * KiB : TRPC_LARGE.test(n) ? 2 * MiB : 64 * KiB)));
}

/**
 * The largest request body a path accepts, checked before anything reads it (docs/security.md lists them):
 * sign-in and public procedures 16 KiB, other tRPC calls 64 KiB (a CSV import chunk 2 MiB), REST v1 256 KiB
 * (bulk enrollment 16 MiB), a document upload 6 MiB, payment callbacks their own streamed 64 KiB, anything else 64 KiB.
 */
export function bodyLimitFor(path: string): BodyLimit {
  if (path.startsWith('/api/payments/')) return STREAMED;
  if (path.startsWith('/api/auth/')) return 16 * KiB;
  if (path.startsWith('/api/trpc/')) return trpcLimit(path);
  if (path === '/api/v1/members/bulk') return 16 * MiB;
  // One uploaded document per request (raw body): the handler refuses above 5 MiB with DOCUMENT_TOO_LARGE.
  if (path === '/api/documents') return 6 * MiB;
  if (path.startsWith('/api/v1/')) return 256 * KiB;
  return 64 * KiB;
}

export type Refusal = { status: 400 | 411 | 413; code: string; message: string };

/** A path whose percent-encoding does not decode (`/%ff`), or that hides a NUL, is refused before routing. */
export function pathRefusal(path: string): Refusal | null {
  // Without a `%` there is nothing to decode (nearly every request): only a raw NUL is left to refuse.
  if (!path.includes('%')) return path.includes('\u0000') ? NUL_IN_PATH : null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The path is not valid percent-encoding' };
  }
  return decoded.includes('\u0000') ? NUL_IN_PATH : null;
}

const NUL_IN_PATH: Refusal = { status: 400, code: 'VALIDATION_FAILED', message: 'The path contains a NUL character' };

/**
 * Refuses a body that is declared too large (413) or that comes without a length on a capped path (411:
 * browsers and our clients always send Content-Length, and a chunked body would otherwise be read whole
 * before anyone could count it).
 */
export function bodyRefusal(path: string, headers: { 'content-length'?: string; 'transfer-encoding'?: string }): Refusal | null {
  const limit = bodyLimitFor(path);
  if (limit === STREAMED) return null;
  const length = headers['content-length'];
  if (length !== undefined) {
    const bytes = Number(length);
    if (!/^\d{1,15}$/.test(length.trim()) || !Number.isSafeInteger(bytes)) return { status: 400, code: 'VALIDATION_FAILED', message: 'Content-Length is not a number' };
    return bytes > limit ? { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The body is larger than ${limit} bytes, the most this path accepts` } : null;
  }
  if (headers['transfer-encoding'] !== undefined) return { status: 411, code: 'LENGTH_REQUIRED', message: 'Send the body with a Content-Length' };
  return null;
}
