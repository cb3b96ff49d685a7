import { listInsuranceClaims as readClaims } from '@healthpay/db';
import { z } from 'zod';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cursorOf } from '../claims/claim-result';
import { cardId } from '../medcard/medcard.schemas';
import { insuranceClaimView, insuranceStatus } from './insurance.schemas';

export const insuranceQueueInput = z.object({
  /** `all` for every status; by default the claims waiting for a decision. */
  status: z.enum([...insuranceStatus.options, 'all']).default('submitted'),
  cardId: cardId.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.int().min(1).max(100).default(20),
});

export const insurancePage = z.object({ items: z.array(insuranceClaimView), nextCursor: z.string().nullable() });

/** The review queue, oldest filing first. */
export const listInsuranceClaims = roleProcedure(...staffMay.readPatients)
  .input(insuranceQueueInput)
  .output(insurancePage)
  .query(({ ctx, input }) => {
    const status = input.status === 'all' ? undefined : input.status;
    return readClaims(ctx.services.pool, { ...input, status, cursor: cursorOf(input.cursor) });
  });
