import { recordSignIn } from '@healthpay/config/metrics';
import { normalizeEmail } from './email';
import { findPatientByPhone, type UserRole } from '@healthpay/db';
import { isDomainError, normalizeEgyptianMobile } from '@healthpay/domain';
import { audit, type RequestInfo } from './audit';
import { passwordLogin, type LoginResult } from './password-login';
import { queueOtp, verifyOtp, type OtpDeps, type OtpVerifyResult } from './otp';
import { hitRateLimits, rateLimits } from './rate-limit';

export type IdentityDeps = OtpDeps;

export type Limited = { status: 'rate-limited'; retryAfterSeconds: number };
export type SignInAttempt = { kind: 'otp'; phone: string } | { kind: 'password'; email: string };
export type OtpRequestResult = { status: 'sent'; phone: string; expiresAt: Date } | { status: 'invalid-phone' } | Limited;
export type OtpSignInResult =
  | { status: 'ok'; phone: string; user: { userId: string; role: UserRole } | null }
  | Exclude<OtpVerifyResult, { status: 'ok' }>
  | { status: 'invalid-phone' };

const phoneOf = (input: string): string | null => {
  try {
    return normalizeEgyptianMobile(input);
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
};

/**
 * Sign-in as the next step (Auth.js) will call it: rate limits (shared by all processes, in Postgres),
 * the services, and an audit record per attempt, which never holds the code or the password.
 */
export function identityService(deps: IdentityDeps) {
  const ipKey = (req: RequestInfo) => req.ip ?? 'unknown';
  const record = (action: string, result: string, req: RequestInfo, actor?: { userId: string; role: string } | null, details: Record<string, unknown> = {}) => {
    recordSignIn(action, result);
    return audit(deps.pool, { actorId: actor?.userId ?? null, role: actor?.role ?? null, action, aggregateId: actor?.userId ?? null, result, ip: req.ip, userAgent: req.userAgent, details }, deps.clock(), req.requestId);
  };

  return {
    async requestOtp(phoneInput: string, req: RequestInfo): Promise<OtpRequestResult> {
      const phone = phoneOf(phoneInput);
      if (!phone) return { status: 'invalid-phone' };
      const limit = await hitRateLimits(deps.pool, [rateLimits.otpSendPerPhone(phone), rateLimits.otpSendPerIp(ipKey(req))], deps.clock());
      if (!limit.allowed) {
        await record('auth.otp.request', 'RATE_LIMITED', req, null, { phone });
        return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
      }
      // No patient with that phone: the same answer (so numbers cannot be probed) after the same statements in
      // the same time (the SMS is queued either way, and dropped unsent by the worker), and no SMS is paid for.
      // The challenge nobody knows the code of makes the next answers the same too: wrong code, then burned.
      const known = (await findPatientByPhone(deps.pool, phone)) !== null;
      const { expiresAt } = await queueOtp(deps, phone, known);
      await record('auth.otp.request', known ? 'ok' : 'NO_ACCOUNT', req, null, { phone });
      return { status: 'sent', phone, expiresAt };
    },

    /**
     * Counts one sign-in attempt (OTP verify or password) against its limits per phone/email and per IP;
     * the sign-in route calls it before Auth.js sees the attempt and answers 429 when refused.
     */
    async limitSignIn(attempt: SignInAttempt, req: RequestInfo): Promise<Limited | null> {
      const rules = attempt.kind === 'otp'
        ? [rateLimits.otpVerifyPerPhone(phoneOf(attempt.phone) ?? attempt.phone.trim()), rateLimits.otpVerifyPerIp(ipKey(req))]
        : [rateLimits.passwordLoginPerEmail(attempt.email), rateLimits.passwordLoginPerIp(ipKey(req))];
      const limit = await hitRateLimits(deps.pool, rules, deps.clock());
      if (limit.allowed) return null;
      const who = attempt.kind === 'otp' ? { phone: phoneOf(attempt.phone) } : { email: normalizeEmail(attempt.email) };
      await record(attempt.kind === 'otp' ? 'auth.otp.verify' : 'auth.password', 'RATE_LIMITED', req, null, who);
      return { status: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
    },

    /** Checks a code (limits: see limitSignIn) and finds the patient with that phone. */
    async verifyOtp(phoneInput: string, code: string, req: RequestInfo): Promise<OtpSignInResult> {
      const phone = phoneOf(phoneInput);
      if (!phone) return { status: 'invalid-phone' };
      const result = await verifyOtp(deps, phone, code);
      if (result.status !== 'ok') {
        await record('auth.otp.verify', result.status === 'invalid' ? 'INVALID_CODE' : 'NO_CHALLENGE', req, null, { phone });
        return result;
      }
      const found = await findPatientByPhone(deps.pool, phone);
      await record('auth.otp.verify', found ? 'ok' : 'NO_ACCOUNT', req, found, { phone });
      return { status: 'ok', phone, user: found };
    },

    /**
     * Email + password (limits: see limitSignIn; lockout: see passwordLogin). `admits`: the roles the portal
     * signs in; anyone else's right password is answered (and audited) as a wrong one.
     */
    async passwordLogin(email: string, password: string, req: RequestInfo, admits: (role: UserRole) => boolean = () => true): Promise<LoginResult> {
      const checked = await passwordLogin(deps, email, password);
      const result: LoginResult = checked.status === 'ok' && !admits(checked.role) ? { status: 'invalid' } : checked;
      const outcome = result.status === 'ok' ? 'ok' : result.status === 'locked' ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS';
      await record('auth.password', outcome, req, result.status === 'ok' ? result : null, { email: normalizeEmail(email) });
      return result;
    },
  };
}

export type IdentityService = ReturnType<typeof identityService>;
