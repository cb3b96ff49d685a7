import { env } from '@healthpay/config';
import type { TotpDeps } from '../../identity/totp-enrollment';
import type { Services } from '../../services/services';

export const totpDeps = (s: Services): TotpDeps => ({ pool: s.pool, clock: s.clock, secret: env().AUTH_SECRET });
