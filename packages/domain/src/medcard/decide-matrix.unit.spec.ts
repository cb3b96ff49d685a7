import { describe, expect, it } from 'vitest';
import type { DomainErrorCode } from '../shared/errors';
import { domainErrorOf } from '../testing/given';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { run, stateFrom } from '../testing/medcard-events';
import { CHILD, SPOUSE, as, claimOf, line } from '../testing/medcard-fixtures';
import type { MedCardCommand, MedCardCommandType } from './commands';
import { decideMedCard } from './decide';
import type { MedCardEvent, MedCardEventType } from './events';
import type { MedCardStatus } from './types';

/**
 * Every command in every state. Accepted outcomes name the single event produced; rejections name the
 * error code. The Record types make the compiler insist on a complete table.
 */
const pending: MedCardEvent[] = run([cmd.addBeneficiary(as('spouse', SPOUSE))], ev.pendingHistory(true));
/** Active with an approved prescription, a submitted insurance claim ic-1 and a returned one ic-2. */
const active: MedCardEvent[] = run(
  [
    cmd.activate(),
    cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 25_000)])), // copay 5,000: what ic-1 may claim
    cmd.fileInsurance('ic-1', 5_000, { prescriptionId: 'rx-1' }),
    cmd.fileInsurance('ic-2', 5_000),
    cmd.returnInsurance('ic-2'),
  ],
  pending,
);
const histories: Record<MedCardStatus, MedCardEvent[]> = {
  none: [],
  pending,
  active,
  suspended: [...active, ev.suspended()],
  closed: [...active, ev.closed()],
  expired: [...active, ev.expired()],
};

const commands: Record<MedCardCommandType, MedCardCommand> = {
  IssueMedCard: cmd.issue(),
  ActivateMedCard: cmd.activate(),
  SuspendMedCard: cmd.suspend(),
  ReactivateMedCard: cmd.reactivate(),
  CloseMedCard: cmd.close(),
  ExpireMedCard: cmd.expire(),
  AddBeneficiary: cmd.addBeneficiary(as('child', CHILD)),
  RemoveBeneficiary: cmd.removeBeneficiary('b-spouse'),
  SubmitPrescriptionClaim: cmd.submit(claimOf('rx-2', 'b-spouse', [line('B', 1, 10_000)])),
  GrantRefillOverride: cmd.grantOverride('A'),
  ReversePrescriptionClaim: cmd.reverse('rx-1'),
  FileInsuranceClaim: cmd.fileInsurance('ic-3', 1_000),
  ApproveInsuranceClaim: cmd.approveInsurance('ic-1', 5_000),
  RejectInsuranceClaim: cmd.rejectInsurance('ic-1'),
  ReturnInsuranceClaim: cmd.returnInsurance('ic-1'),
  ResubmitInsuranceClaim: cmd.resubmitInsurance('ic-2'),
  ChangeTier: cmd.changeTier('platinum'),
  ChangeMonthlyLimit: cmd.changeMonthlyLimit(1_000),
  ChangeCopayment: cmd.changeCopayment(50),
};

type Outcome = MedCardEventType | DomainErrorCode;
const NF = 'CARD_NOT_FOUND';
const IST = 'INVALID_STATE_TRANSITION';
const CL = 'CARD_CLOSED';
const EXP = 'CARD_EXPIRED';
const NA = 'CARD_NOT_ACTIVE';
const ICNF = 'INSURANCE_CLAIM_NOT_FOUND';
const DUP = 'CARD_ALREADY_EXISTS';
const REJ = 'PrescriptionClaimRejected';
const REV = 'PrescriptionClaimReversed';

//                             none            pending               active                     suspended                  closed                     expired
const matrix: Record<MedCardCommandType, [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  IssueMedCard:           ['MedCardIssued', DUP, DUP, DUP, CL, DUP],
  ActivateMedCard:        [NF, 'MedCardActivated', IST, IST, CL, EXP],
  SuspendMedCard:         [NF, IST, 'MedCardSuspended', IST, CL, EXP],
  ReactivateMedCard:      [NF, IST, IST, 'MedCardReactivated', CL, EXP],
  CloseMedCard:           [NF, 'MedCardClosed', 'MedCardClosed', 'MedCardClosed', CL, EXP],
  ExpireMedCard:          [NF, 'MedCardExpired', 'MedCardExpired', 'MedCardExpired', CL, IST],
  AddBeneficiary:         [NF, 'BeneficiaryAdded', 'BeneficiaryAdded', 'BeneficiaryAdded', CL, EXP],
  RemoveBeneficiary:      [NF, 'BeneficiaryRemoved', 'BeneficiaryRemoved', 'BeneficiaryRemoved', CL, EXP],
  SubmitPrescriptionClaim: [NF, REJ, 'PrescriptionClaimApproved', REJ, REJ, REJ],
  GrantRefillOverride:    [NF, 'RefillOverrideGranted', 'RefillOverrideGranted', 'RefillOverrideGranted', CL, EXP],
  ReversePrescriptionClaim: [NF, 'PRESCRIPTION_NOT_FOUND', REV, REV, REV, REV],
  FileInsuranceClaim:     [NF, NA, 'InsuranceClaimFiled', NA, CL, EXP],
  ApproveInsuranceClaim:  [NF, ICNF, 'InsuranceClaimApproved', 'InsuranceClaimApproved', 'InsuranceClaimApproved', 'InsuranceClaimApproved'],
  RejectInsuranceClaim:   [NF, ICNF, 'InsuranceClaimRejected', 'InsuranceClaimRejected', 'InsuranceClaimRejected', 'InsuranceClaimRejected'],
  ReturnInsuranceClaim:   [NF, ICNF, 'InsuranceClaimReturned', 'InsuranceClaimReturned', 'InsuranceClaimReturned', 'InsuranceClaimReturned'],
  ResubmitInsuranceClaim: [NF, ICNF, 'InsuranceClaimResubmitted', 'InsuranceClaimResubmitted', 'InsuranceClaimResubmitted', 'InsuranceClaimResubmitted'],
  ChangeTier:             [NF, 'TierChanged', 'TierChanged', 'TierChanged', CL, EXP],
  ChangeMonthlyLimit:     [NF, 'MonthlyLimitChanged', 'MonthlyLimitChanged', 'MonthlyLimitChanged', CL, EXP],
  ChangeCopayment:        [NF, 'CopaymentChanged', 'CopaymentChanged', 'CopaymentChanged', CL, EXP],
};

const statuses: MedCardStatus[] = ['none', 'pending', 'active', 'suspended', 'closed', 'expired'];
const isEventType = (o: Outcome): o is MedCardEventType => /[a-z]/.test(o);

describe('decideMedCard: every command in every state', () => {
  statuses.forEach((status, column) => {
    describe(`when ${status}`, () => {
      const state = stateFrom(histories[status]);
      it(`the history really yields a ${status} card`, () => expect(state.status).toBe(status));

      for (const [type, command] of Object.entries(commands) as [MedCardCommandType, MedCardCommand][]) {
        const expected = matrix[type][column];
        if (expected === undefined) throw new Error(`matrix row ${type} is incomplete`);
        if (isEventType(expected)) {
          it(`${type} → ${expected}`, () => {
            const events = decideMedCard(command, state);
            expect(events.map((e) => e.type)).toEqual([expected]);
            expect(events[0]?.data).toMatchObject({ cardId: 'card-1', at: command.meta.now });
          });
        } else {
          it(`${type} → ${expected}`, () => expect(domainErrorOf(() => decideMedCard(command, state)).code).toBe(expected));
        }
      }
    });
  });
});
