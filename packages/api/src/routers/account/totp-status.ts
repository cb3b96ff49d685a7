import { STAFF_ROLES } from '@healthpay/db';
import { z } from 'zod';
import { totpStatus } from '../../identity/totp-enrollment';
import { roleProcedure } from '../../trpc';
import { totpStatusOutput } from './account.schemas';
import { totpDeps } from './totp-deps';

/** Whether the signed-in staff member's sign-in asks for an authenticator code. */
export const getTotpStatus = roleProcedure(...STAFF_ROLES)
  .input(z.strictObject({}).optional())
  .output(totpStatusOutput)
  .query(async ({ ctx }) => ({ status: await totpStatus(totpDeps(ctx.services), ctx.actor.userId) }));
