import { portalSession, type SessionUser } from '@healthpay/ui/server/portal-session';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

export type { SessionUser };

const session = portalSession('merchant', headers);

/** The API called in-process with this request's cookies (server components and route handlers). */
export const serverCaller = session.serverCaller;

/** Who is signed in, or null (once per request, however many components ask). */
export const currentUser = session.currentUser;

/** The signed-in pharmacist; anyone else goes to sign-in. */
export const requirePharmacist = () => session.requireUser((me) => me.role === 'pharmacist', () => redirect('/signin'));
