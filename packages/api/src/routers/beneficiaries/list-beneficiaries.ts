import { listBeneficiariesWithHolder, type BeneficiaryRow } from '@healthpay/db';
import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { assertMayReadCard } from '../medcard/medcard-access';
import { cardId } from '../medcard/medcard.schemas';
import { beneficiaryListItem } from './beneficiary.schemas';

/** Members of a card, the holder first (staff and the holder; pharmacists use `medcard.lookup`). */
export const listBeneficiaries = roleProcedure('patient', 'organization', ...staffMay.readPatients)
  .input(z.object({ cardId, includeRemoved: z.boolean().default(false) }))
  .output(z.array(beneficiaryListItem))
  .query(async ({ ctx, input }) => {
    // The members come with the card's holder (one statement); nothing is answered before the caller may see them.
    const card = await listBeneficiariesWithHolder(ctx.services.pool, input.cardId, input);
    await assertMayReadCard(ctx, card?.holderUserId);
    if (!card) throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
    return card.members.map(listItemOf);
  });

// Spelled out rather than a `...rest` copy (V8's slow path for rows with null fields), in the same key order.
const listItemOf = (m: BeneficiaryRow) => ({
  beneficiaryId: m.beneficiaryId, relationship: m.relationship, name: m.name, nationalIdMasked: m.nationalIdMasked,
  dateOfBirth: m.dateOfBirth, gender: m.gender, mobile: m.mobile, status: m.status, addedAt: m.addedAt, removedAt: m.removedAt,
});
