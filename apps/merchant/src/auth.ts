import NextAuth from 'next-auth';
import { portalAuthConfig } from '@healthpay/api/auth';

/** Auth.js for this portal (configured lazily, so building the app reads no secrets). */
export const { handlers, auth } = NextAuth(() => portalAuthConfig('merchant'));
