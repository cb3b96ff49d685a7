import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { ibanInput, pharmacyId, pharmacyView } from './pharmacy.schemas';
import { runPharmacyCommand } from './run-pharmacy-command';

/** Where the pharmacy's settlements are paid: changed by those who see the full IBAN (audited, masked before/after). */
export const changeSettlementAccount = roleProcedure(...staffMay.seeSettlementAccounts)
  .input(z.strictObject({ pharmacyId, iban: ibanInput }))
  .output(pharmacyView)
  .mutation(({ ctx, input }) =>
    runPharmacyCommand(ctx, 'pharmacies.changeSettlementAccount', input, { type: 'ChangeSettlementAccount', data: input }));
