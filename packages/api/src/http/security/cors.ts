/** Who may call an API from a browser page on another origin. */
export interface CorsPolicy {
  /** Exact origins (`https://partner.example.eg`) besides the portal's own: env().CORS_ORIGINS. */
  allowedOrigins: readonly string[];
  /** Whether that page may send cookies: yes for tRPC (portal sessions), no for REST (Bearer tokens only). */
  credentials: boolean;
}

export const CORS_ALLOWED_METHODS = 'GET, POST, OPTIONS';
export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, x-trpc-source';
const EXPOSED_HEADERS = 'Retry-After, WWW-Authenticate';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

export const isAllowedOrigin = (origin: string | null, policy: CorsPolicy): origin is string =>
  origin !== null && policy.allowedOrigins.includes(origin);

/** CORS headers of an actual response: none unless the origin is allowed. */
export function corsHeaders(origin: string | null, policy: CorsPolicy): Record<string, string> {
  if (!isAllowedOrigin(origin, policy)) return {};
  return {
    'access-control-allow-origin': origin,
    ...(policy.credentials ? { 'access-control-allow-credentials': 'true' } : {}),
    'access-control-expose-headers': EXPOSED_HEADERS,
  };
}

/**
 * The answer to OPTIONS: 204 with the allow headers for an allowed origin, 403 without any for another
 * origin (the browser then never sends the request), and a plain 204 naming the methods when no Origin
 * says it is a CORS preflight at all.
 */
export function preflightResponse(req: Request, policy: CorsPolicy): Response {
  const origin = req.headers.get('origin');
  if (origin === null) return new Response(null, { status: 204, headers: { allow: CORS_ALLOWED_METHODS } });
  if (!isAllowedOrigin(origin, policy)) return new Response(null, { status: 403, headers: { vary: 'Origin' } });
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origin, policy),
      'access-control-allow-methods': CORS_ALLOWED_METHODS,
      'access-control-allow-headers': CORS_ALLOWED_HEADERS,
      'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
      vary: 'Origin',
    },
  });
}

/** The response with the CORS headers for this origin, and `Vary: Origin` always (the answer depends on it). */
export function withCorsHeaders(res: Response, origin: string | null, policy: CorsPolicy): Response {
  const out = new Response(res.body, res);
  for (const [name, value] of Object.entries(corsHeaders(origin, policy))) out.headers.set(name, value);
  out.headers.append('vary', 'Origin');
  return out;
}

/** An API handler behind CORS: answers preflights itself, decorates every other response. */
export const withCors =
  (policy: () => CorsPolicy, handle: (req: Request) => Promise<Response>) =>
  async (req: Request): Promise<Response> => {
    const p = policy();
    if (req.method === 'OPTIONS') return preflightResponse(req, p);
    return withCorsHeaders(await handle(req), req.headers.get('origin'), p);
  };
