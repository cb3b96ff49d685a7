import { env } from '@healthpay/config';
import { getUser, type Pool } from '@healthpay/db';
import type { Actor } from './actor';

export const DEV_USER_HEADER = 'x-hp-dev-user';

export type Portal = 'web' | 'admin' | 'merchant';
/** One cookie per portal: cookies ignore ports, and the portals share a host in development. */
export const devUserCookie = (portal: Portal) => `hp_dev_user_${portal}`;

function cookie(header: string | null, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

/**
 * Development-only sign-in: a header or cookie names the acting user. Until the identity issue lands
 * this is the only way in; `env.ts` refuses HP_DEV_AUTH in production, and here it is checked again.
 */
export async function devActor(pool: Pool, headers: Headers, portal?: Portal): Promise<Actor | null> {
  const e = env();
  if (!e.HP_DEV_AUTH || e.HP_ENV === 'production') return null;
  const id = headers.get(DEV_USER_HEADER) ?? (portal ? cookie(headers.get('cookie'), devUserCookie(portal)) : undefined);
  if (!id) return null;
  const user = await getUser(pool, id);
  return user ? { userId: user.id, role: user.role, pharmacyId: user.pharmacyId } : null;
}
