import { phoneHasAccount } from '@healthpay/db';
import { isDomainError, normalizeEgyptianMobile } from '@healthpay/domain';
import { audit, type RequestInfo } from './audit';
import type { IdentityDeps, Limited } from './identity-service';
import { issueOtpCode, queueOtp, verifyOtp, type OtpVerifyResult } from './otp';
import { hitRateLimits, rateLimits } from './rate-limit';

export type RegistrationStartResult = { status: 'sent'; phone: string; expiresAt: Date } | { status: 'invalid-phone' } | Limited;
export type RegistrationCodeResult = { status: 'ok'; phone: string } | Exclude<OtpVerifyResult, { status: 'ok' }> | { status: 'invalid-phone' } | Limited;

const registrationText = (code: string) =>
  `HealthPay: ${code} is your registration code (5 minutes). Never share it. رمز التسجيل ${code}`;

const phoneOf = (input: string): string | null => {
  try {
    return normalizeEgyptianMobile(input);
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
};

/**
 * Patients registering themselves: the same limits, codes and audit as SMS sign-in (identity-service.ts).
 * A phone that already has an account gets the same answer as one that may register, and no SMS.
 */
export function registrationIdentity(deps: IdentityDeps) {
  const ipKey = (req: RequestInfo) => req.ip ?? 'unknown';
  const record = (action: string, result: string, req: RequestInfo, details: Record<string, unknown>) =>
    audit(deps.pool, { actorId: null, role: null, action, aggregateId: null, result, ip: req.ip, userAgent: req.userAgent, details }, deps.clock(), req.requestId);
  const phoneTaken = (phone: string) => phoneHasAccount(deps.pool, phone);

  return {
    phoneOf,
    phoneTaken,

    async start(phoneInput: string, req: RequestInfo): Promise<RegistrationStartResult> {
      const phone = phoneOf(phoneInput);
      if (!phone) return { status: 'invalid-phone' };
      // Shared with sign-in's code requests, so the two doors together cannot send more SMS than one.
      const limit = await hitRateLimits(deps.pool, [rateLimits.otpSendPerPhone(phone), rateLimits.otpSendPerIp(ipKey(req))], deps.clock());
      if (!limit.allowed) {
        await record('registration.start', 'RATE_LIMITED', req, { phone });
        return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
      }
      // A taken phone gets the same answer after the same statements: its code is queued but dropped unsent (a
      // decoy challenge, so wrong codes are answered as for a number that may register).
      const taken = await phoneTaken(phone);
      const { expiresAt } = await queueOtp(deps, phone, !taken, registrationText);
      await record('registration.start', taken ? 'ACCOUNT_EXISTS' : 'ok', req, { phone });
      return { status: 'sent', phone, expiresAt };
    },

    /** Counts a try against sign-in's verify limits, then checks and consumes the code. */
    async verifyCode(phoneInput: string, code: string, req: RequestInfo): Promise<RegistrationCodeResult> {
      const phone = phoneOf(phoneInput);
      if (!phone) return { status: 'invalid-phone' };
      const limit = await hitRateLimits(deps.pool, [rateLimits.otpVerifyPerPhone(phone), rateLimits.otpVerifyPerIp(ipKey(req))], deps.clock());
      if (!limit.allowed) {
        await record('registration.complete', 'RATE_LIMITED', req, { phone });
        return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
      }
      const result = await verifyOtp(deps, phone, code);
      // A code sent for sign-in to an existing patient does not open a second account; wrong codes for such a
      // number were answered like any other (the decoy challenge from start()).
      if (result.status === 'ok' && (await phoneTaken(phone))) {
        await record('registration.complete', 'ACCOUNT_EXISTS', req, { phone });
        return { status: 'no-challenge' };
      }
      if (result.status !== 'ok') await record('registration.complete', result.status === 'invalid' ? 'INVALID_CODE' : 'NO_CHALLENGE', req, { phone });
      return result;
    },

    /** A fresh single-use code for the new patient's first sign-in (never sent: returned to the registrant). */
    signInCode: async (phone: string) => (await issueOtpCode(deps, phone)).code,

    record,
  };
}
