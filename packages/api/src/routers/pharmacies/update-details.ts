import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { pharmacyDetailsInput, pharmacyId, pharmacyView } from './pharmacy.schemas';
import { runPharmacyCommand } from './run-pharmacy-command';

/** Staff correct a pharmacy's names, governorate, city or address (the licence and CR numbers are fixed). */
export const updatePharmacyDetails = roleProcedure(...staffMay.manageAccounts)
  .input(z.strictObject({ pharmacyId, details: pharmacyDetailsInput }))
  .output(pharmacyView)
  .mutation(({ ctx, input }) =>
    runPharmacyCommand(ctx, 'pharmacies.updateDetails', input, { type: 'ChangePharmacyDetails', data: { pharmacyId: input.pharmacyId, ...input.details } }));
