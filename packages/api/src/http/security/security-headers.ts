export interface SecurityHeaderOptions {
  /** HSTS only in production: on a developer's http://127.0.0.1 it would pin the host to https for a year. */
  production: boolean;
}

/** The headers every portal response carries besides the CSP (pages, API routes, health, static files). */
export function securityHeaders({ production }: SecurityHeaderOptions): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    // frame-ancestors 'none' does the same for browsers that read the CSP; this covers the ones that don't.
    'x-frame-options': 'DENY',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    ...(production ? { 'strict-transport-security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
