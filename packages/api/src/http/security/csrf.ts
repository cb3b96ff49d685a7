import { AppError } from '../../errors/app-error';

/** Which state-changing requests must prove they come from the portal itself or an allowed origin. */
export interface CsrfPolicy {
  /** env().CORS_ORIGINS: other origins whose pages may call the API. */
  allowedOrigins: readonly string[];
  /**
   * true: only requests that carry a cookie are checked (REST, which authenticates by Bearer alone: a cookie
   * there means a browser). false: every one (tRPC, where the cookie is the session).
   */
  onlyWithCookie: boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the check reads of a request: a Fetch `Request`, or a Node request's method, URL and headers. */
export interface CsrfRequest {
  method: string;
  /** Absolute; only its host is read, and only when the request names none (no Host header). */
  url: string;
  headers: Pick<Headers, 'get'>;
}
const BEARER = /^Bearer\s/i;

/** The host the browser addressed: a proxy in front (Next itself, or a load balancer) names it in X-Forwarded-Host. */
function requestHost(req: CsrfRequest): string {
  const forwarded = req.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || req.headers.get('host') || new URL(req.url).host;
}

function isOwnOrigin(origin: string, req: CsrfRequest): boolean {
  try {
    return new URL(origin).host === requestHost(req);
  } catch {
    // `Origin: null` (sandboxed frames, some redirects) and anything unparseable.
    return false;
  }
}

/**
 * Why this request looks forged by another site, or null when it may go on. Browsers send Origin on every
 * cross-origin and every POST request; Sec-Fetch-Site is the fallback. A request with neither is not from a
 * browser (server to server, curl, tests) and passes unless it carries a cookie.
 */
export function csrfRefusalReason(req: CsrfRequest, policy: CsrfPolicy): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  // Authorization is not a CORS-safelisted header: a page elsewhere can only send it after a preflight, and
  // only allowed origins pass that. So a Bearer request was not forged by a browser.
  if (BEARER.test(req.headers.get('authorization') ?? '')) return null;
  const hasCookie = req.headers.get('cookie') !== null;
  if (policy.onlyWithCookie && !hasCookie) return null;
  const origin = req.headers.get('origin');
  if (origin !== null) {
    return isOwnOrigin(origin, req) || policy.allowedOrigins.includes(origin) ? null : 'This origin may not send requests here';
  }
  const site = req.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'none' ? null : 'Cross-site requests may not change anything here';
  return hasCookie ? 'A request with a session cookie must say where it comes from (Origin)' : null;
}

/** The refusal as the API's error (403 CSRF_REJECTED), or null. */
export function csrfRefusal(req: CsrfRequest, policy: CsrfPolicy): AppError | null {
  const reason = csrfRefusalReason(req, policy);
  return reason === null ? null : new AppError('CSRF_REJECTED', reason);
}
