import { listFeeSchedules as listFeeRows } from '@healthpay/db';
import { decideFeeSchedule, feeScheduleStreamId } from '@healthpay/domain';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { executeOnStream } from '../../commands/execute-on-stream';
import { roleProcedure } from '../../trpc';
import { pharmacyId } from '../pharmacies/pharmacy.schemas';
import { feeScheduleView, setFeeScheduleInput } from './settlement.schemas';

/**
 * Finance sets the commission of one pharmacy, or the default, from a date that is not in the past (Cairo). Claims
 * approved before keep the commission they were approved under. Audited with its reason and terms.
 */
export const setFeeSchedule = roleProcedure(...staffMay.settlePharmacies)
  .input(setFeeScheduleInput)
  .output(z.object({ changed: z.boolean(), version: z.int() }))
  .mutation(({ ctx, input }) => {
    const stream = feeScheduleStreamId(input.scope);
    let changed = false;
    return executeOnStream(ctx, {
      operation: 'settlements.setFeeSchedule',
      input,
      cache: ctx.services.aggregates.feeSchedule,
      stream,
      decide(state, meta) {
        const events = decideFeeSchedule({ type: 'SetFeeSchedule', data: input, meta }, state);
        changed = events.length > 0;
        return events;
      },
      result: (after) => ({ changed, version: after.version }),
      auditDetails: () => ({ scope: input.scope, percentBps: input.percentBps, fixedPerClaim: input.fixedPerClaim, effectiveFrom: input.effectiveFrom }),
    });
  });

/** Every entry set (newest first), for one pharmacy, the default (`default`), or all. */
export const listFeeSchedules = roleProcedure(...staffMay.settlePharmacies)
  .input(z.strictObject({ scopeKey: z.union([z.literal('default'), pharmacyId]).optional() }).optional())
  .output(z.array(feeScheduleView))
  .query(({ ctx, input }) => listFeeRows(ctx.services.pool, input?.scopeKey));
