import { createHash } from 'node:crypto';
import { recordRateLimitRefusal } from '@healthpay/config/metrics';
import { countRateLimitHit, type Pool } from '@healthpay/db';
import { normalizeEmail } from './email';

export interface RateLimitRule {
  /** What is counted, e.g. `otp-send:phone:+2010…`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window resets (0 when allowed). */
  retryAfterSeconds: number;
  count: number;
}

/** Keys are stored as given when short and printable; anything else (NUL, 3 KB of text) by its SHA-256. */
export const storedRateLimitKey = (key: string): string =>
  /^[\x21-\x7e]{1,200}$/.test(key) ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;

/**
 * Counts one hit in a fixed window shared by every app process (one upsert in Postgres). Refused hits
 * count too, so hammering does not open the window early.
 */
export async function hitRateLimit(pool: Pool, rule: RateLimitRule, now: Date): Promise<RateLimitDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const count = await countRateLimitHit(pool, storedRateLimitKey(rule.key), new Date(start));
  const allowed = count <= rule.limit;
  if (!allowed) recordRateLimitRefusal(rule.key);
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000));
  return { allowed, retryAfterSeconds, count };
}

/** Hits every rule (all are counted); refused if any refuses, with the longest wait. */
export async function hitRateLimits(pool: Pool, rules: RateLimitRule[], now: Date): Promise<RateLimitDecision> {
  const decisions = await Promise.all(rules.map((r) => hitRateLimit(pool, r, now)));
  const refused = decisions.filter((d) => !d.allowed);
  return {
    allowed: refused.length === 0,
    retryAfterSeconds: Math.max(0, ...refused.map((d) => d.retryAfterSeconds)),
    count: Math.max(0, ...decisions.map((d) => d.count)),
  };
}

export { pruneRateLimits } from '@healthpay/db';

/** The limits the issue names. */
export const rateLimits = {
  otpSendPerPhone: (phone: string): RateLimitRule => ({ key: `otp-send:phone:${phone}`, limit: 3, windowSeconds: 600 }),
  otpSendPerIp: (ip: string): RateLimitRule => ({ key: `otp-send:ip:${ip}`, limit: 10, windowSeconds: 600 }),
  otpVerifyPerPhone: (phone: string): RateLimitRule => ({ key: `otp-verify:phone:${phone}`, limit: 10, windowSeconds: 600 }),
  otpVerifyPerIp: (ip: string): RateLimitRule => ({ key: `otp-verify:ip:${ip}`, limit: 30, windowSeconds: 600 }),
  passwordLoginPerEmail: (email: string): RateLimitRule => ({ key: `login:email:${normalizeEmail(email)}`, limit: 10, windowSeconds: 600 }),
  passwordLoginPerIp: (ip: string): RateLimitRule => ({ key: `login:ip:${ip}`, limit: 30, windowSeconds: 600 }),
  /** Card numbers are short (10 digits with a check digit): a counter looks up a few an hour, not thousands. */
  cardLookupPerUser: (userId: string): RateLimitRule => ({ key: `card-lookup:user:${userId}`, limit: 120, windowSeconds: 3600 }),
  /** Revealing a full national ID is a deliberate, occasional act: a few an hour per staff member. */
  nationalIdRevealPerUser: (userId: string): RateLimitRule => ({ key: `national-id-reveal:user:${userId}`, limit: 30, windowSeconds: 3600 }),
  /** A transfer's recipient shown before confirming: enough for a few transfers, not for walking the phone book. */
  recipientLookupPerUser: (userId: string): RateLimitRule => ({ key: `recipient-lookup:user:${userId}`, limit: 10, windowSeconds: 600 }),
  api: (subject: string, perHour: number): RateLimitRule => ({ key: `api:${subject}`, limit: perHour, windowSeconds: 3600 }),
};
