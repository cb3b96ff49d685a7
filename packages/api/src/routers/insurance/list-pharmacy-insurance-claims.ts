import { listPharmacyInsuranceClaims } from '@healthpay/db';
import { z } from 'zod';
import { actingPharmacy } from '../medcard/medcard-access';
import { roleProcedure } from '../../trpc';
import { cursorOf } from '../claims/claim-result';
import { insuranceStatus } from './insurance.schemas';
import { insurancePage } from './list-insurance-claims';

export const pharmacyInsuranceInput = z.object({
  status: z.enum([...insuranceStatus.options, 'all']).default('all'),
  cursor: z.string().max(500).optional(),
  limit: z.int().min(1).max(100).default(20),
});

/** The pharmacy portal's list: its own pharmacy's insurance claims, newest first, with reviewer notes. */
export const listMyPharmacyInsuranceClaims = roleProcedure('pharmacist')
  .input(pharmacyInsuranceInput)
  .output(insurancePage)
  .query(({ ctx, input }) => {
    const status = input.status === 'all' ? undefined : input.status;
    return listPharmacyInsuranceClaims(ctx.services.pool, { pharmacyId: actingPharmacy(ctx.actor, undefined), status, limit: input.limit, cursor: cursorOf(input.cursor) });
  });
