import { appendAudit, type AuditEntry, type Pool } from '@healthpay/db';
import { isIP } from 'node:net';
import { isRequestId, requestLog } from '@healthpay/config/log';
import type { RecentWrites } from '../consistency/recent-writes';

/** Where a request came from (headers), carried by the context into audit records. */
export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  /** X-Request-Id as the portal server settled it (docs/operations.md); stored in the events' metadata. */
  requestId?: string;
  /**
   * A portal request's: where its commands leave what they wrote and its queries wait for the read models to show
   * it (consistency/recent-writes.ts). Absent for machine clients and scripts.
   */
  recentWrites?: RecentWrites;
}

export const noRequestInfo: RequestInfo = { ip: null, userAgent: null };

// Defence in depth: callers never put secrets in details, and anything named like one is dropped anyway.
const SECRET_KEY = /pass(word)?|otp|token|secret|hash|^code$|authorization|cookie/i;

/** Details without secret-looking keys (recursively), so the audit log never stores a password, OTP or token. */
export function scrubDetails(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubDetails(v, depth + 1));
  // A loop, not entries → filter → map → fromEntries: this runs for every command's audit record.
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    if (SECRET_KEY.test(k)) continue;
    const v = scrubDetails((value as Record<string, unknown>)[k], depth + 1);
    // An own property even for `__proto__` (as Object.fromEntries made it), never the object's prototype.
    if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}

/** At most `max` UTF-16 units of a stored header value (audit ip 100, user agent 500). */
export const clip = (text: string | null, max: number) => (text === null ? null : text.slice(0, max));

/** The entry as stored: address and agent clipped, secret-looking detail keys dropped. */
export const cleanAuditEntry = (entry: AuditEntry): AuditEntry => ({
  ...entry,
  ip: clip(entry.ip, 100),
  userAgent: clip(entry.userAgent, 500),
  details: scrubDetails(entry.details ?? {}) as Record<string, unknown>,
});

/**
 * Appends an audit record. A failure is logged and swallowed: by the time a command is audited it has
 * committed, and the caller must learn its real outcome. `requestId`: the request's, for that log line.
 */
export async function audit(pool: Pool, entry: AuditEntry, at: Date, requestId?: string): Promise<void> {
  try {
    await appendAudit(pool, cleanAuditEntry(entry), at);
  } catch (error) {
    requestLog(requestId).error('[audit] could not record', entry.action, entry.result, error);
  }
}

/**
 * The client address. The portal server (services/portal-server) rewrites X-Forwarded-For to the one address
 * it vouches for (the socket peer, or what trusted proxies say); anything that is not an IP address is no one.
 */
export function requestInfoOf(headers: Pick<Headers, 'get'>): RequestInfo {
  // The first address, without splitting the list (every request).
  const list = headers.get('x-forwarded-for');
  const comma = list === null ? -1 : list.indexOf(',');
  const forwarded = list === null ? '' : (comma < 0 ? list : list.slice(0, comma)).trim();
  const requestId = headers.get('x-request-id');
  const info: RequestInfo = { ip: isIP(forwarded) === 0 ? null : forwarded, userAgent: clip(headers.get('user-agent'), 500) };
  if (isRequestId(requestId)) info.requestId = requestId;
  return info;
}

/** 127.0.0.0/8 or ::1 (also IPv4-mapped): a caller on this machine. */
export const isLoopbackAddress = (ip: string): boolean => /^(::ffff:)?127\./.test(ip) || ip === '::1';
