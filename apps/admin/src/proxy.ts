import { applySecurityHeaders, requestSecurity, securitySettingsFromEnv } from '@healthpay/api/security';
import { NextResponse, type NextRequest } from 'next/server';

/**
 * Security headers on every response (pages, API routes, /health, static files: no matcher on purpose).
 * Pages render with this request's CSP nonce: Next finds it in the request's Content-Security-Policy.
 */
export function proxy(request: NextRequest): NextResponse {
  const security = requestSecurity(securitySettingsFromEnv());
  const response = NextResponse.next({ request: { headers: security.requestHeaders(request.headers) } });
  applySecurityHeaders(response.headers, security, request.nextUrl.pathname);
  return response;
}
