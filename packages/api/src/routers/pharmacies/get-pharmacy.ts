import { getPharmacyView, listPharmacyPharmacists } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { pharmacistView, pharmacyId, pharmacyView } from './pharmacy.schemas';
import { pharmacyViewOfRow } from './pharmacy-view';

/**
 * One pharmacy (IBAN masked) and its pharmacists: any staff member, or a pharmacist for their own pharmacy
 * (another pharmacy is not found for them). `canRevealIban` says whether the caller may see the IBAN in full.
 */
export const getPharmacy = roleProcedure('pharmacist', ...staffMay.readPatients)
  .input(z.strictObject({ pharmacyId }))
  .output(z.object({ pharmacy: pharmacyView, pharmacists: z.array(pharmacistView), canRevealIban: z.boolean() }))
  .query(async ({ ctx, input }) => {
    const notFound = new AppError('PHARMACY_NOT_FOUND', 'No such pharmacy');
    if (ctx.actor.role === 'pharmacist' && ctx.actor.pharmacyId !== input.pharmacyId) throw notFound;
    const [row, pharmacists] = await Promise.all([
      getPharmacyView(ctx.services.pool, input.pharmacyId),
      listPharmacyPharmacists(ctx.services.pool, input.pharmacyId),
    ]);
    if (!row) throw notFound;
    const canRevealIban = (staffMay.seeSettlementAccounts as readonly string[]).includes(ctx.actor.role);
    return { pharmacy: pharmacyViewOfRow(row), pharmacists, canRevealIban };
  });
