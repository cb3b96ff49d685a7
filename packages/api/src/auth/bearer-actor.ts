import { env } from '@healthpay/config';
import { cachedSessionUser, type Pool } from '@healthpay/db';
import { isLoopbackAddress, requestInfoOf } from '../identity/audit';
import { AppError } from '../errors/app-error';
import { resolveApiToken } from '../identity/api-tokens';
import type { Actor } from './actor';

const BEARER = /^Bearer[ \t]+([A-Za-z0-9._~+/=-]{1,200})[ \t]*$/i;
const DEV_TOKEN = 'dev-';

/** The REST caller and what its rate limit counts against (the token, or the user of a dev token). */
export interface BearerCaller {
  actor: Actor;
  rateLimitSubject: string;
}

/**
 * The caller of the REST API from `Authorization: Bearer <token>`; null without the header. Tokens are the
 * API tokens staff issue (identity/api-tokens.ts); development tokens, `dev-<userId>`, are accepted only
 * while dev sign-in is on (env.ts refuses it in production, and it is checked again here). Anything else is 401.
 */
export async function bearerCaller(deps: { pool: Pool; clock: () => Date }, headers: Headers): Promise<BearerCaller | null> {
  const header = headers.get('authorization');
  if (header === null) return null;
  const token = BEARER.exec(header)?.[1];
  if (!token) throw new AppError('UNAUTHENTICATED', 'Send Authorization: Bearer <token>');
  const e = env();
  // Development tokens: this machine only (like the dev header), never for a deactivated user.
  const ip = requestInfoOf(headers).ip;
  if (e.HP_DEV_AUTH && e.HP_ENV !== 'production' && token.startsWith(DEV_TOKEN) && (ip === null || isLoopbackAddress(ip))) {
    const user = await cachedSessionUser(deps.pool, token.slice(DEV_TOKEN.length));
    if (user && !user.deactivatedAt) return { actor: { userId: user.id, role: user.role, pharmacyId: user.pharmacyId }, rateLimitSubject: `user:${user.id}` };
  }
  const resolved = await resolveApiToken(deps, token);
  if (resolved) {
    const { tokenId, ...actor } = resolved;
    return { actor, rateLimitSubject: `token:${tokenId}` };
  }
  throw new AppError('UNAUTHENTICATED', 'Unknown or expired token');
}

/** The acting user only (see bearerCaller). */
export async function bearerActor(deps: { pool: Pool; clock: () => Date }, headers: Headers): Promise<Actor | null> {
  return (await bearerCaller(deps, headers))?.actor ?? null;
}
