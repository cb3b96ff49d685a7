import type { MedCardCommand } from './commands';
import { addBeneficiary, removeBeneficiary } from './decide-beneficiaries';
import { fileInsuranceClaim, resubmitInsuranceClaim } from './decide-insurance';
import { approveInsuranceClaim, rejectInsuranceClaim, returnInsuranceClaim } from './decide-insurance-review';
import { activateMedCard, closeMedCard, expireMedCard, issueMedCard, reactivateMedCard, suspendMedCard } from './decide-lifecycle';
import { reversePrescriptionClaim } from './decide-reversal';
import { grantRefillOverride, submitPrescriptionClaim } from './decide-prescription';
import { changeCopayment, changeMonthlyLimit, changeTier } from './decide-terms';
import type { MedCardEvent } from './events';
import type { MedCardState } from './state';

/** Decides what a command produces on the current state, or throws a DomainError. Pure. */
export const decideMedCard = (command: MedCardCommand, state: MedCardState): MedCardEvent[] => {
  switch (command.type) {
    case 'IssueMedCard':
      return issueMedCard(command, state);
    case 'ActivateMedCard':
      return activateMedCard(command, state);
    case 'SuspendMedCard':
      return suspendMedCard(command, state);
    case 'ReactivateMedCard':
      return reactivateMedCard(command, state);
    case 'CloseMedCard':
      return closeMedCard(command, state);
    case 'ExpireMedCard':
      return expireMedCard(command, state);
    case 'AddBeneficiary':
      return addBeneficiary(command, state);
    case 'RemoveBeneficiary':
      return removeBeneficiary(command, state);
    case 'SubmitPrescriptionClaim':
      return submitPrescriptionClaim(command, state);
    case 'ReversePrescriptionClaim':
      return reversePrescriptionClaim(command, state);
    case 'GrantRefillOverride':
      return grantRefillOverride(command, state);
    case 'FileInsuranceClaim':
      return fileInsuranceClaim(command, state);
    case 'ApproveInsuranceClaim':
      return approveInsuranceClaim(command, state);
    case 'RejectInsuranceClaim':
      return rejectInsuranceClaim(command, state);
    case 'ReturnInsuranceClaim':
      return returnInsuranceClaim(command, state);
    case 'ResubmitInsuranceClaim':
      return resubmitInsuranceClaim(command, state);
    case 'ChangeTier':
      return changeTier(command, state);
    case 'ChangeMonthlyLimit':
      return changeMonthlyLimit(command, state);
    case 'ChangeCopayment':
      return changeCopayment(command, state);
    default: {
      const _never: never = command;
      throw new Error(`Unknown MedCard command ${JSON.stringify(_never)}`);
    }
  }
};
