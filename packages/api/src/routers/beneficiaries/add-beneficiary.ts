import { parseNationalId } from '@healthpay/domain';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { AppError } from '../../errors/app-error';
import { assertMayReadCard, holderOf } from '../medcard/medcard-access';
import { cardSnapshot } from '../medcard/medcard.schemas';
import { runMedCardCommand } from '../medcard/run-medcard-command';
import { addBeneficiaryInput } from './beneficiary.schemas';

/**
 * Staff, or an organization on a card its member holds, add a spouse, child or parent (the domain checks
 * eligibility and duplicates).
 */
export const addBeneficiary = roleProcedure('organization', ...staffMay.manageAccounts)
  .input(addBeneficiaryInput)
  .output(cardSnapshot)
  .mutation(async ({ ctx, input }) => {
    const { cardId, relationship, name, nationalId, mobile } = input;
    // An organization only on its members' cards: the holder never changes, so checking it before deciding holds.
    const holder = ctx.actor.role === 'organization' ? holderOf((await ctx.services.aggregates.medcard.load(cardId)).state) : undefined;
    if (ctx.actor.role === 'organization') await assertMayReadCard(ctx, holder);
    const beneficiaryId = input.beneficiaryId ?? ctx.services.newId();
    const dateOfBirth = input.dateOfBirth ?? parseNationalId(nationalId, ctx.services.clock().toISOString()).birthDate;
    const beneficiary = { beneficiaryId, relationship, name, nationalId, dateOfBirth, ...(mobile && { mobile }) };
    return runMedCardCommand(ctx, {
      operation: 'beneficiaries.add', input, cardId, commands: [{ type: 'AddBeneficiary', data: { cardId, beneficiary } }],
      authorize: (state) => {
        if (ctx.actor.role === 'organization' && holderOf(state) !== holder) throw new AppError('CARD_NOT_FOUND', 'MedCard not found');
      },
    });
  });
