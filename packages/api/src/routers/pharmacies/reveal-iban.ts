import { getPharmacyIban } from '@healthpay/db';
import { z } from 'zod';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { auditRead } from '../../identity/audit-trail';
import { roleProcedure } from '../../trpc';
import { pharmacyId } from './pharmacy.schemas';

/** Finance and superadmins see a pharmacy's settlement IBAN in full; every reveal is audited. */
export const revealPharmacyIban = roleProcedure(...staffMay.seeSettlementAccounts)
  .input(z.strictObject({ pharmacyId }))
  .output(z.object({ iban: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const iban = await getPharmacyIban(ctx.services.pool, input.pharmacyId);
    await auditRead(ctx, 'pharmacies.revealIban', input.pharmacyId, iban ? 'ok' : 'PHARMACY_NOT_FOUND');
    if (!iban) throw new AppError('PHARMACY_NOT_FOUND', 'No such pharmacy, or it has no settlement account');
    return { iban };
  });
