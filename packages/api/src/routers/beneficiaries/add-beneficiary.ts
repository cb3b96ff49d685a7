import { parseNationalId } from '@healthpay/domain';
import { roleProcedure } from '../../trpc';
import { staffMay } from '../../auth/roles';
import { cardSnapshot } from '../medcard/medcard.schemas';
import { runMedCardCommand } from '../medcard/run-medcard-command';
import { addBeneficiaryInput } from './beneficiary.schemas';

/** Staff add a spouse, child or parent to a card (the domain checks eligibility and duplicates). */
export const addBeneficiary = roleProcedure(...staffMay.manageAccounts)
  .input(addBeneficiaryInput)
  .output(cardSnapshot)
  .mutation(({ ctx, input }) => {
    const { cardId, relationship, name, nationalId, mobile } = input;
    const beneficiaryId = input.beneficiaryId ?? ctx.services.newId();
    const dateOfBirth = input.dateOfBirth ?? parseNationalId(nationalId, ctx.services.clock().toISOString()).birthDate;
    const beneficiary = { beneficiaryId, relationship, name, nationalId, dateOfBirth, ...(mobile && { mobile }) };
    return runMedCardCommand(ctx, {
      operation: 'beneficiaries.add', input, cardId, commands: [{ type: 'AddBeneficiary', data: { cardId, beneficiary } }],
    });
  });
