import { env } from '@healthpay/config';
import { isStaffRole, type UserRole } from '@healthpay/db';
import type { Portal } from '../dev-actor';

/** Who may hold a session in each portal. */
export const portalAdmits: Record<Portal, (role: UserRole) => boolean> = {
  web: (role) => role === 'patient',
  merchant: (role) => role === 'pharmacist',
  admin: isStaffRole,
};

/**
 * Cookie names per portal: cookies ignore ports, and the portals share a host in development, so one
 * portal's session must never be read (or overwritten) by another. The name is also the JWT's key salt.
 * `__Secure-`/`__Host-` prefixes in production, where cookies are Secure.
 */
export function sessionCookies(portal: Portal, secure = env().HP_ENV === 'production') {
  const prefix = secure ? '__Secure-' : '';
  const host = secure ? '__Host-' : '';
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    sessionToken: { name: `${prefix}hp-${portal}.session`, options },
    csrfToken: { name: `${host}hp-${portal}.csrf`, options },
    callbackUrl: { name: `${prefix}hp-${portal}.callback-url`, options },
  };
}

/** Patients stay signed in for weeks on their phone; staff and pharmacists for a working day. */
export const sessionMaxAgeSeconds = (portal: Portal): number =>
  portal === 'web' ? env().HP_PATIENT_SESSION_SECONDS : env().HP_STAFF_SESSION_SECONDS;
