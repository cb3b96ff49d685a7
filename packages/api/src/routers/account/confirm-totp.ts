import { STAFF_ROLES } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { auditCommand } from '../../identity/audit-trail';
import { confirmTotp, disableTotp } from '../../identity/totp-enrollment';
import { roleProcedure } from '../../trpc';
import { totpCodeInput, totpStatusOutput } from './account.schemas';
import { totpDeps } from './totp-deps';

/** Turns two-step sign-in on with a first code from the app. */
export const confirmTotpEnrollment = roleProcedure(...STAFF_ROLES)
  .input(totpCodeInput)
  .output(totpStatusOutput)
  .mutation(async ({ ctx, input }) => {
    const ok = await confirmTotp(totpDeps(ctx.services), ctx.actor.userId, input.code);
    await auditCommand(ctx.services, { operation: 'account.totp.confirm', actor: ctx.actor, request: ctx.request, idempotencyKey: null, streams: [ctx.actor.userId] }, ok ? 'ok' : 'INVALID_CODE');
    if (!ok) throw new AppError('VALIDATION_FAILED', 'That code is not right; check the time on your phone and try the newest code', {}, [{ path: 'code', message: 'Wrong code' }]);
    return { status: 'on' as const };
  });

/** Turns two-step sign-in off; needs a current code. */
export const disableTotpSignIn = roleProcedure(...STAFF_ROLES)
  .input(totpCodeInput)
  .output(z.object({ status: z.literal('off') }))
  .mutation(async ({ ctx, input }) => {
    const ok = await disableTotp(totpDeps(ctx.services), ctx.actor.userId, input.code);
    await auditCommand(ctx.services, { operation: 'account.totp.disable', actor: ctx.actor, request: ctx.request, idempotencyKey: null, streams: [ctx.actor.userId] }, ok ? 'ok' : 'INVALID_CODE');
    if (!ok) throw new AppError('VALIDATION_FAILED', 'That code is not right', {}, [{ path: 'code', message: 'Wrong code' }]);
    return { status: 'off' as const };
  });
