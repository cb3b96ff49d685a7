import { requestInfoOf } from '../../identity/audit';
import type { SignInAttempt } from '../../identity/identity-service';
import { defaultServices, type Services } from '../../services/services';

const CALLBACK = /\/api\/auth\/callback\/(otp|password)\/?$/;

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
