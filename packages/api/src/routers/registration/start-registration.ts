import { AppError } from '../../errors/app-error';
import { noRequestInfo } from '../../identity/audit';
import { publicProcedure } from '../../trpc';
import { registrationOf } from './registration-deps';
import { startRegistrationInput, startRegistrationOutput } from './registration.schemas';

/**
 * First step of a patient's registration: a 6-digit code by SMS, only to a number without an account; the
 * answer is the same either way. Limits: sign-in's code requests (3 per phone, 10 per IP per 10 minutes).
 */
export const startRegistration = publicProcedure
  .meta({ access: 'public' })
  .input(startRegistrationInput)
  .output(startRegistrationOutput)
  .mutation(async ({ ctx, input }) => {
    const result = await registrationOf(ctx).start(input.phone, ctx.request ?? noRequestInfo);
    if (result.status === 'invalid-phone') {
      throw new AppError('VALIDATION_FAILED', 'Enter an Egyptian mobile number', {}, [{ path: 'phone', message: 'Enter an Egyptian mobile number, e.g. 010 1234 5678' }]);
    }
    if (result.status === 'rate-limited') {
      throw new AppError('RATE_LIMITED', 'Too many codes requested; try again later', { retryAfterSeconds: result.retryAfterSeconds });
    }
    return { phone: result.phone, expiresAt: result.expiresAt };
  });
