import { listPrescriptionClaims } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { cardId } from '../medcard/medcard.schemas';
import { claimListFilter, claimPage } from './claim.schemas';
import { claimViewOf, cursorOf } from './claim-result';

/** What a pharmacist searches their claims by (every field optional, all of them must match). */
export const claimSearchInput = claimListFilter.extend({
  /** The card number as typed (spaces, Arabic digits); matched exactly once normalised. */
  cardNumber: cardId.optional(),
  /** The start of the prescription id, any case. */
  prescriptionId: z.string().trim().min(1).max(100).optional(),
  /** Part of the patient's name, any case. */
  patientName: z.string().trim().min(1).max(100).optional(),
});
export type ClaimSearchInput = z.input<typeof claimSearchInput>;

/**
 * The counter's claim search: only the caller's own pharmacy's claims (there is no pharmacy to name), newest
 * first, paged by cursor. Staff search claims per card or per pharmacy through `byCard` / `byPharmacy`.
 */
export const searchPharmacyClaims = roleProcedure('pharmacist')
  .input(claimSearchInput)
  .output(claimPage)
  .query(async ({ ctx, input }) => {
    const { pharmacyId } = ctx.actor;
    if (!pharmacyId) throw new AppError('FORBIDDEN', 'This account is not linked to a pharmacy');
    const page = await listPrescriptionClaims(ctx.services.pool, {
      pharmacyId,
      cardId: input.cardNumber,
      prescriptionPrefix: input.prescriptionId,
      patientName: input.patientName,
      status: input.status,
      from: input.from,
      to: input.to,
      limit: input.limit,
      cursor: cursorOf(input.cursor),
    });
    return { items: page.items.map(claimViewOf), nextCursor: page.nextCursor };
  });
