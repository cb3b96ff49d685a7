import { env } from '@healthpay/config';
import { cachedSessionUser, type Pool } from '@healthpay/db';
import type { Actor } from './actor';
import { isLoopbackAddress, requestInfoOf } from '../identity/audit';

export const DEV_USER_HEADER = 'x-hp-dev-user';

export type Portal = 'web' | 'admin' | 'merchant';

/**
 * Development and tests only: the `x-hp-dev-user` header names the acting user (the benchmarks and HTTP
 * specs drive the API this way). `env.ts` refuses HP_DEV_AUTH in production, and here it is checked
 * again. Browsers sign in through Auth.js (auth/session).
 */
export async function devActor(pool: Pool, headers: Pick<Headers, 'get'>, ip = requestInfoOf(headers).ip): Promise<Actor | null> {
  const e = env();
  if (!e.HP_DEV_AUTH || e.HP_ENV === 'production') return null;
  const id = headers.get(DEV_USER_HEADER);
  if (!id) return null;
  // Only from this machine: the portal server sets X-Forwarded-For to the socket peer (in-process callers have none).
  if (ip !== null && !isLoopbackAddress(ip)) return null;
  const user = await cachedSessionUser(pool, id);
  if (!user || user.deactivatedAt) return null;
  // Two literals, not a conditional spread into one (a clone per request, through V8's slow path: bench run 16).
  const { id: userId, role, pharmacyId, pharmacyRole } = user;
  return pharmacyRole ? { userId, role, pharmacyId, pharmacyRole } : { userId, role, pharmacyId };
}
