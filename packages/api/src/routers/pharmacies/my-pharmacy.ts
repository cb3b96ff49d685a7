import { getPharmacyView } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { pharmacyView } from './pharmacy.schemas';
import { pharmacyViewOfRow } from './pharmacy-view';

/** A pharmacist's own pharmacy, with its status (the merchant portal says when it may not claim). */
export const myPharmacy = roleProcedure('pharmacist')
  .input(z.strictObject({}).optional())
  .output(pharmacyView)
  .query(async ({ ctx }) => {
    const row = ctx.actor.pharmacyId ? await getPharmacyView(ctx.services.pool, ctx.actor.pharmacyId) : null;
    if (!row) throw new AppError('PHARMACY_NOT_FOUND', 'Your account is not linked to a pharmacy');
    return pharmacyViewOfRow(row);
  });
