import { STAFF_ROLES } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { auditCommand } from '../../identity/audit-trail';
import { startTotp } from '../../identity/totp-enrollment';
import { roleProcedure } from '../../trpc';
import { startTotpOutput } from './account.schemas';
import { totpDeps } from './totp-deps';

/** Starts adding an authenticator app: a new secret to scan; sign-in asks for codes once confirmed. */
export const startTotpEnrollment = roleProcedure(...STAFF_ROLES)
  .input(z.strictObject({}).optional())
  .output(startTotpOutput)
  .mutation(async ({ ctx }) => {
    const result = await startTotp(totpDeps(ctx.services), ctx.actor.userId);
    const cmd = { operation: 'account.totp.start', actor: ctx.actor, request: ctx.request, idempotencyKey: null, streams: [ctx.actor.userId] };
    if (result === 'already-on') {
      await auditCommand(ctx.services, cmd, 'VALIDATION_FAILED');
      throw new AppError('VALIDATION_FAILED', 'Two-step sign-in is already on; turn it off first');
    }
    if (result === 'no-password') {
      await auditCommand(ctx.services, cmd, 'NOT_FOUND');
      throw new AppError('NOT_FOUND', 'This account signs in without a password');
    }
    await auditCommand(ctx.services, cmd, 'ok');
    return result;
  });
