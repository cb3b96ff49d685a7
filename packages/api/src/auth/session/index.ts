export { portalAuthConfig } from './authjs-config';
export { rateLimitedAuthPost } from './auth-route';
