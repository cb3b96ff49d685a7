import { env } from '@healthpay/config';
import { cachedSessionUser, type Pool } from '@healthpay/db';
import type { Actor } from '../actor';
import type { Portal } from '../dev-actor';
import { portalAdmits, sessionCookies } from './portal-session';
import { decodeSessionToken } from './session-token';

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The signed-in user of a portal from its Auth.js session cookie (an encrypted JWT, salted with the
 * portal's cookie name). The user comes through the process's actor cache, which forgets a user or session as
 * soon as the database announces a change (actor-cache/), so a changed role or a removed user loses access at
 * once; a session whose role no longer fits the portal, or issued before the user's sessions were
 * ended (`endSessions`), counts as signed out.
 */
export async function sessionActor(pool: Pool, headers: Pick<Headers, 'get'>, portal: Portal): Promise<Actor | null> {
  const name = sessionCookies(portal).sessionToken.name;
  const token = readCookie(headers.get('cookie'), name);
  if (!token) return null;
  const claims = await decodeSessionToken(token, env().AUTH_SECRET, name);
  if (!claims || typeof claims.sub !== 'string' || claims.portal !== portal) return null;
  const sid = typeof claims.sid === 'string' ? claims.sid : null;
  const user = await cachedSessionUser(pool, claims.sub, sid);
  // Signed out on this device (the cookie may still exist elsewhere: it is dead).
  if (user?.sessionRevoked) return null;
  if (!user || user.role !== claims.role || !portalAdmits[portal](user.role) || user.deactivatedAt) return null;
  // Signed out everywhere since this session began.
  const signedInAt = typeof claims.signedInAt === 'number' ? claims.signedInAt : (claims.iat ?? 0) * 1000;
  if (user.sessionsValidAfter && signedInAt < user.sessionsValidAfter.getTime()) return null;
  return { userId: user.id, role: user.role, pharmacyId: user.pharmacyId, ...(user.pharmacyRole ? { pharmacyRole: user.pharmacyRole } : {}) };
}
