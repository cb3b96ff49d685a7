import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

/** Puts every page under /ar or /en (`/` → `/ar`). API routes and files are left alone. */
export default createMiddleware(routing);

export const config = {
  matcher: '/((?!api|health|_next|_vercel|.*\\..*).*)',
};
