import { env } from '@healthpay/config';
import { getUser, type Pool } from '@healthpay/db';
import { AppError } from '../errors/app-error';
import type { Actor } from './actor';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{1,200})[ \t]*$/i;
const DEV_TOKEN = 'dev-';

/**
 * The caller of the REST API from `Authorization: Bearer <token>`; null without the header. Until the
 * identity issue lands the only tokens are development ones, `dev-<userId>`, accepted only while dev
 * sign-in is on (env.ts refuses it in production, and it is checked again here). Anything else is 401.
 */
export async function bearerActor(pool: Pool, headers: Headers): Promise<Actor | null> {
  const header = headers.get('authorization');
  if (header === null) return null;
  const token = BEARER.exec(header)?.[1];
  if (!token) throw new AppError('UNAUTHENTICATED', 'Send Authorization: Bearer <token>');
  const e = env();
  if (e.HP_DEV_AUTH && e.HP_ENV !== 'production' && token.startsWith(DEV_TOKEN)) {
    const user = await getUser(pool, token.slice(DEV_TOKEN.length));
    if (user) return { userId: user.id, role: user.role, pharmacyId: user.pharmacyId };
  }
  throw new AppError('UNAUTHENTICATED', 'Unknown or expired token');
}
