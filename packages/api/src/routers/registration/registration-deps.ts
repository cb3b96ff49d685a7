import { env } from '@healthpay/config';
import type { Context } from '../../context';
import { afterSmsQueued } from '../../services/services';
import { registrationIdentity } from '../../identity/registration';

/** The registration side of identity over the request's services (late-bound like services.identity). */
export const registrationOf = (ctx: Context) =>
  registrationIdentity({
    pool: ctx.services.pool,
    clock: () => ctx.services.clock(),
    newId: () => ctx.services.newId(),
    afterSmsQueued: () => afterSmsQueued(ctx.services),
    secret: env().AUTH_SECRET,
  });
