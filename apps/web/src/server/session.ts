import { portalSession, type SessionUser } from '@healthpay/ui/server/portal-session';
import { headers } from 'next/headers';
import { redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

export type { SessionUser };

const session = portalSession('web', headers);

/** The API called in-process with this request's cookies (server components and route handlers). */
export const serverCaller = session.serverCaller;

/** Who is signed in, or null (once per request, however many components ask). */
export const currentUser = session.currentUser;

/** The signed-in patient; anyone else (nobody, or staff signed in on the same host) goes to sign-in. */
export const requirePatient = (locale: AppLocale) => session.requireUser((me) => me.role === 'patient', () => redirect({ href: '/signin', locale }));
