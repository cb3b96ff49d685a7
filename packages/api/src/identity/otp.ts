import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { recordOtpSend } from '@healthpay/config/metrics';
import { consumeOtpChallenge, countOtpTry, replaceOtpChallenge, type Pool } from '@healthpay/db';
import { enqueueSms } from './sms/sms-queue';

export const OTP_TTL_SECONDS = 5 * 60;
export const OTP_MAX_ATTEMPTS = 5;
const CODE = /^\d{6}$/;

export interface OtpDeps {
  pool: Pool;
  clock: () => Date;
  newId: () => string;
  /**
   * Called after a code is queued. Unset in production: the request never waits for the SMS provider (the
   * worker, sms/sms-worker.ts, delivers). The test harness sets it to deliver at once, so specs read codes
   * without waiting.
   */
  afterSmsQueued?: () => Promise<unknown>;
  /** AUTH_SECRET: the HMAC key, so a leaked table does not give the codes away (6 digits are easy to enumerate). */
  secret: string;
}

export type OtpVerifyResult = { status: 'ok'; phone: string } | { status: 'invalid'; attemptsLeft: number } | { status: 'no-challenge' };

const codeHash = (secret: string, challengeId: string, code: string) =>
  createHmac('sha256', secret).update(`otp:${challengeId}:${code}`).digest();

/**
 * Opens a fresh 6-digit challenge for an E.164 phone (valid OTP_TTL_SECONDS, single use) and returns its code
 * without sending it. Earlier unused codes of that phone stop working, so tries cannot be spread over several.
 */
export async function issueOtpCode(deps: OtpDeps, phone: string): Promise<{ challengeId: string; code: string; expiresAt: Date }> {
  const now = deps.clock();
  const id = deps.newId();
  const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
  const expiresAt = new Date(now.getTime() + OTP_TTL_SECONDS * 1000);
  await replaceOtpChallenge(deps.pool, { id, phone, codeHash: codeHash(deps.secret, id, code).toString('hex'), expiresAt, now });
  return { challengeId: id, code, expiresAt };
}

const signInText = (code: string) => `HealthPay: ${code} is your sign-in code (5 minutes). Never share it. رمز الدخول ${code}`;

/**
 * Opens a fresh code (see issueOtpCode) and queues its SMS; `text` words the message. `deliver` false (a phone
 * that must not be texted) writes the same row, dropped unsent by the worker: the caller does the same
 * statements either way and never waits for the provider. Rate limits are the caller's.
 */
export async function queueOtp(
  deps: OtpDeps, phone: string, deliver: boolean, text: (code: string) => string = signInText,
): Promise<{ challengeId: string; expiresAt: Date }> {
  const { challengeId, code, expiresAt } = await issueOtpCode(deps, phone);
  await enqueueSms(deps.pool, { phone, body: text(code), deliver, at: deps.clock() });
  recordOtpSend(deliver ? 'queued' : 'suppressed');
  await deps.afterSmsQueued?.();
  return { challengeId, expiresAt };
}

/**
 * Checks a code against the phone's live challenge. Every check counts a try (atomically, so parallel
 * guesses cannot exceed OTP_MAX_ATTEMPTS); a match consumes the challenge, so a code works once.
 */
export async function verifyOtp(deps: OtpDeps, phone: string, code: string): Promise<OtpVerifyResult> {
  const now = deps.clock();
  const row = await countOtpTry(deps.pool, phone, now, OTP_MAX_ATTEMPTS);
  if (!row) return { status: 'no-challenge' };
  const expected = Buffer.from(row.codeHash, 'hex');
  const given = codeHash(deps.secret, row.id, CODE.test(code) ? code : '');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { status: 'invalid', attemptsLeft: Math.max(0, OTP_MAX_ATTEMPTS - row.attempts) };
  }
  return (await consumeOtpChallenge(deps.pool, row.id, now)) ? { status: 'ok', phone } : { status: 'no-challenge' };
}
