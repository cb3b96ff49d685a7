export { portalAuthConfig } from './authjs-config';
export { rateLimitedAuthPost } from './auth-route';
export { SIGN_IN_CODES, type SignInCode } from './sign-in-errors';
export { sessionCookies, portalAdmits } from './portal-session';
