import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { noRequestInfo } from '../../identity/audit';
import { publicProcedure } from '../../trpc';

export const requestOtpInput = z.strictObject({ phone: z.string().trim().min(1).max(40) });
export const requestOtpOutput = z.object({ phone: z.string(), expiresAt: z.date() });

/**
 * Patients' first sign-in step: a 6-digit code by SMS. The answer is the same whether or not the phone
 * has an account. Limits: 3 per phone and 10 per IP per 10 minutes (429 with Retry-After beyond).
 */
export const requestOtp = publicProcedure
  .meta({ access: 'public' })
  .input(requestOtpInput)
  .output(requestOtpOutput)
  .mutation(async ({ ctx, input }) => {
    const result = await ctx.services.identity.requestOtp(input.phone, ctx.request ?? noRequestInfo);
    if (result.status === 'invalid-phone') {
      throw new AppError('VALIDATION_FAILED', 'Enter an Egyptian mobile number', {}, [{ path: 'phone', message: 'Enter an Egyptian mobile number, e.g. 010 1234 5678' }]);
    }
    if (result.status === 'rate-limited') {
      throw new AppError('RATE_LIMITED', 'Too many codes requested; try again later', { retryAfterSeconds: result.retryAfterSeconds });
    }
    return { phone: result.phone, expiresAt: result.expiresAt };
  });
