import type { RouterOutputs } from '@healthpay/api';
import type { BadgeTone } from '@healthpay/ui';

export type ApiToken = RouterOutputs['tokens']['list']['items'][number];
export type Pharmacy = RouterOutputs['tokens']['pharmacists']['items'][number];
export type TokenStatus = 'active' | 'expired' | 'revoked';

/** Revoked wins over expired: revocation is the deliberate act. */
export const tokenStatus = (t: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now: number): TokenStatus =>
  t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt.getTime() <= now ? 'expired' : 'active';

export const tokenStatusTone: Record<TokenStatus, BadgeTone> = { active: 'green', expired: 'amber', revoked: 'red' };
