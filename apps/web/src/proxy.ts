import { applySecurityHeaders, requestSecurity, securitySettingsFromEnv } from '@healthpay/api/security';
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';

const localize = createMiddleware(routing);

/** What next-intl leaves alone: API routes, /health, Next's own files and any path with a dot (files). */
const NOT_LOCALIZED = /^\/(?:api|health|_next|_vercel|.*\..*)/;

/**
 * Puts every page under /ar or /en (`/` → `/ar`), and security headers on every response (no matcher on
 * purpose). Pages render with this request's CSP nonce: Next finds it in the request's
 * Content-Security-Policy, which next-intl passes on with the other request headers.
 */
export default function proxy(request: NextRequest): NextResponse {
  const security = requestSecurity(securitySettingsFromEnv());
  const headers = security.requestHeaders(request.headers);
  const response = NOT_LOCALIZED.test(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers } })
    : localize(new NextRequest(request, { headers }));
  applySecurityHeaders(response.headers, security, request.nextUrl.pathname);
  return response;
}
