import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { roleProcedure } from '../../trpc';
import { pharmacyId, pharmacyView, reasonInput } from './pharmacy.schemas';
import { runPharmacyCommand } from './run-pharmacy-command';

const byId = z.strictObject({ pharmacyId });

/** A pending pharmacy may start claiming. */
export const activatePharmacy = roleProcedure(...staffMay.manageAccounts)
  .input(byId)
  .output(pharmacyView)
  .mutation(({ ctx, input }) => runPharmacyCommand(ctx, 'pharmacies.activate', input, { type: 'ActivatePharmacy', data: input }));

/** An active pharmacy stops claiming at once (its claims stay readable); the reason is shown to its pharmacists. */
export const suspendPharmacy = roleProcedure(...staffMay.manageAccounts)
  .input(z.strictObject({ pharmacyId, reason: reasonInput }))
  .output(pharmacyView)
  .mutation(({ ctx, input }) => runPharmacyCommand(ctx, 'pharmacies.suspend', input, { type: 'SuspendPharmacy', data: input }));

/** A suspended pharmacy may claim again. */
export const reinstatePharmacy = roleProcedure(...staffMay.manageAccounts)
  .input(byId)
  .output(pharmacyView)
  .mutation(({ ctx, input }) => runPharmacyCommand(ctx, 'pharmacies.reinstate', input, { type: 'ReinstatePharmacy', data: input }));
