import { appendAudit, revealBeneficiaryNationalId } from '@healthpay/db';
import { AppError } from '../../errors/app-error';
import { noRequestInfo } from '../../identity/audit';
import { hitRateLimit, rateLimits } from '../../identity/rate-limit';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { revealNationalIdInput, revealNationalIdOutput } from './beneficiary.schemas';

/**
 * A member's (or the holder's `self` entry's) full national ID, for roles that need it. Every reveal and every
 * refused attempt is in the audit log (who, whose, why); the record is written BEFORE the value is returned and
 * a failure to write it refuses the reveal (no audit, no reveal). Limited per staff member.
 */
export const revealNationalId = roleProcedure(...staffMay.revealNationalIds)
  .input(revealNationalIdInput)
  .output(revealNationalIdOutput)
  .mutation(async ({ ctx, input }) => {
    const { pool, clock } = ctx.services;
    const req = ctx.request ?? noRequestInfo;
    const record = (result: string) => appendAudit(pool, {
      actorId: ctx.actor.userId, role: ctx.actor.role, action: 'beneficiaries.revealNationalId', aggregateId: input.cardId, result,
      ip: req.ip, userAgent: req.userAgent, details: { beneficiaryId: input.beneficiaryId, ...(input.reason && { reason: input.reason }) },
    }, clock());
    const limit = await hitRateLimit(pool, rateLimits.nationalIdRevealPerUser(ctx.actor.userId), clock());
    if (!limit.allowed) {
      await record('RATE_LIMITED');
      throw new AppError('RATE_LIMITED', 'Too many national IDs revealed; try again later', { retryAfterSeconds: limit.retryAfterSeconds });
    }
    const nationalId = await revealBeneficiaryNationalId(pool, input.cardId, input.beneficiaryId);
    if (nationalId === null) {
      await record('BENEFICIARY_NOT_FOUND');
      throw new AppError('BENEFICIARY_NOT_FOUND', 'No such member on this card');
    }
    await record('ok');
    return { nationalId };
  });
