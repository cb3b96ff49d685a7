import { env } from '@healthpay/config';
import { contentSecurityPolicy } from './content-security-policy';
import { DOCUMENT_CSP, isDocumentPath } from './document-csp';
import { newNonce } from './nonce';
import { securityHeaders } from './security-headers';

export interface SecuritySettings {
  /** Running under `next dev`. */
  dev: boolean;
  /** HP_ENV is production. */
  production: boolean;
}

/** What a portal's proxy adds to one request and its response. */
export interface RequestSecurity {
  nonce: string;
  /** Every security header of the response, the CSP included. */
  responseHeaders: Record<string, string>;
  /**
   * The headers to render the request with: Next reads the nonce from the request's CSP, and server
   * components can read it from `x-nonce` (for a <Script nonce>). Client-sent values are overwritten.
   */
  requestHeaders(incoming: Headers): Headers;
}

export const securitySettingsFromEnv = (): SecuritySettings => {
  const e = env();
  return { dev: e.NODE_ENV === 'development', production: e.HP_ENV === 'production' };
};

/** A fresh nonce and the headers that go with it (see the portals' src/proxy.ts). */
export function requestSecurity(settings: SecuritySettings, nonce: string = newNonce()): RequestSecurity {
  const csp = contentSecurityPolicy({ nonce, ...settings });
  return {
    nonce,
    responseHeaders: { 'content-security-policy': csp, ...securityHeaders(settings) },
    requestHeaders(incoming) {
      const headers = new Headers(incoming);
      headers.set('content-security-policy', csp);
      headers.set('x-nonce', nonce);
      return headers;
    },
  };
}

/** Sets the security headers on a response's headers (in place); a stored document gets its sandboxed policy. */
export function applySecurityHeaders(target: Headers, security: RequestSecurity, pathname = ''): void {
  for (const [name, value] of Object.entries(security.responseHeaders)) target.set(name, value);
  if (isDocumentPath(pathname)) target.set('content-security-policy', DOCUMENT_CSP);
}
