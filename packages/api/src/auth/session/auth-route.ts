import { requestInfoOf } from '../../identity/audit';
import type { SignInAttempt } from '../../identity/identity-service';
import { defaultServices, type Services } from '../../services/services';

const CALLBACK = /\/api\/auth\/callback\/(otp|password)\/?$/;

/** Anything a phone number can be typed as (Arabic-Indic digits too), and an email's outer shape. */
const PHONE_SHAPE = /^[0-9٠-٩۰-۹+\-\s().]{1,32}$/u;
const EMAIL_SHAPE = /^[^\s@\p{Cc}]{1,64}@[^\s@\p{Cc}]{1,190}$/u;

/** True when the attempt's phone or email cannot be one: refused as bad input before it reaches a query. */
export const malformedAttempt = (attempt: SignInAttempt): boolean =>
  attempt.kind === 'otp' ? !PHONE_SHAPE.test(attempt.phone) : !EMAIL_SHAPE.test(attempt.email.trim());

async function attemptOf(req: Request, provider: string): Promise<SignInAttempt | null> {
  const type = req.headers.get('content-type') ?? '';
  const fields: Record<string, unknown> = type.includes('application/json')
    ? ((await req.clone().json().catch(() => ({}))) as Record<string, unknown>)
    : Object.fromEntries((await req.clone().formData().catch(() => new FormData())).entries());
  const value = provider === 'otp' ? fields.phone : fields.email;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return provider === 'otp' ? { kind: 'otp', phone: value } : { kind: 'password', email: value };
}

/**
 * The portal's Auth.js POST handler behind the sign-in rate limits: a credentials attempt over its limit
 * (per phone or email, and per IP; shared by every process through Postgres) is answered 429 with
 * Retry-After before Auth.js or the password hash sees it.
 */
export const rateLimitedAuthPost = <R extends Request>(post: (req: R) => Promise<Response>, services: () => Services = defaultServices) =>
  async (req: R): Promise<Response> => {
    const provider = CALLBACK.exec(new URL(req.url).pathname)?.[1];
    if (!provider) return post(req);
    const attempt = await attemptOf(req, provider);
    if (attempt && malformedAttempt(attempt)) {
      return Response.json(
        { error: { code: 'VALIDATION_FAILED', message: attempt.kind === 'otp' ? 'Enter a mobile number' : 'Enter an email address' } },
        { status: 400, headers: { 'Cache-Control': 'no-store' } },
      );
    }
    if (attempt) {
      const limited = await services().identity.limitSignIn(attempt, requestInfoOf(req.headers));
      if (limited) {
        return Response.json(
          { error: { code: 'RATE_LIMITED', message: 'Too many sign-in attempts; try again later', retryAfterSeconds: limited.retryAfterSeconds } },
          { status: 429, headers: { 'Retry-After': String(limited.retryAfterSeconds), 'Cache-Control': 'no-store' } },
        );
      }
    }
    return post(req);
  };
