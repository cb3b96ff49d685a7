import { recipientNamesByPhone } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { auditRead } from '../../identity/audit-trail';
import { hitRateLimit, rateLimits } from '../../identity/rate-limit';
import { roleProcedure } from '../../trpc';
import { maskName } from './mask-name';
import { egyptianMobile } from './transfer';

export const recipientInput = z.object({ phone: egyptianMobile });
export const recipientOutput = z.object({ name: z.string(), nameAr: z.string().nullable() });

/**
 * Who a transfer to this phone would reach, masked (first name, initials), for the confirm step. Ten per 10
 * minutes per patient and audited, so it cannot walk the phone book; an unknown number is WALLET_NOT_FOUND,
 * what the transfer itself would answer.
 */
export const transferRecipient = roleProcedure('patient')
  .input(recipientInput)
  .output(recipientOutput)
  .query(async ({ ctx, input }) => {
    const limit = await hitRateLimit(ctx.services.pool, rateLimits.recipientLookupPerUser(ctx.actor.userId), ctx.services.clock());
    if (!limit.allowed) throw new AppError('RATE_LIMITED', 'Too many recipient lookups; try again later', { retryAfterSeconds: limit.retryAfterSeconds });
    const names = await recipientNamesByPhone(ctx.services.pool, input.phone);
    await auditRead(ctx, 'wallet.recipient', input.phone, names ? 'ok' : 'WALLET_NOT_FOUND');
    if (!names) throw new AppError('WALLET_NOT_FOUND', 'No HealthPay wallet for that phone number', { field: 'phone' });
    return { name: maskName(names.name), nameAr: names.nameAr ? maskName(names.nameAr) : null };
  });
