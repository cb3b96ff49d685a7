/**
 * What the portals' proxies need (`@healthpay/api/security`): header builders only, so a proxy does not load
 * the API, the database driver or Kafka. CORS and CSRF live beside these but are applied by the API handlers.
 */
export { contentSecurityPolicy, type CspOptions } from './content-security-policy';
export { newNonce } from './nonce';
export { securityHeaders } from './security-headers';
export { applySecurityHeaders, requestSecurity, securitySettingsFromEnv, type RequestSecurity, type SecuritySettings } from './request-security';
export { DOCUMENT_CSP, isDocumentPath } from './document-csp';
