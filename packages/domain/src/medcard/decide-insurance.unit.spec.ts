import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { activeHistory, given, run, stateFrom } from '../testing/medcard-events';
import { CARD_ID, DOC, T0, claimOf, line } from '../testing/medcard-fixtures';
import type { MedCardEvent } from './events';

const insured = (): MedCardEvent[] => activeHistory(true);
const filed = (): MedCardEvent[] => run([cmd.fileInsurance('ic-1', 50_000)], insured());
const returned = (): MedCardEvent[] => run([cmd.returnInsurance('ic-1')], filed());
const claimState = (events: MedCardEvent[]) => {
  const s = stateFrom(events);
  return s.status === 'none' ? undefined : s.insuranceClaims['ic-1'];
};

describe('insurance claims', () => {
  describe('FileInsuranceClaim (active, insured card)', () => {
    it('files a submitted claim at revision 1, recording who filed it', () => {
      given(insured()).when(cmd.fileInsurance('ic-1', 50_000, { documents: [{ ...DOC, name: ' scan.pdf ', contentType: 'Application/PDF' }] })).then([
        {
          type: 'InsuranceClaimFiled',
          data: { cardId: CARD_ID, claimId: 'ic-1', amount: 50_000, documents: [{ name: 'scan.pdf', contentType: 'application/pdf', size: 120_000 }], prescriptionId: null, filedBy: { role: 'staff', actorId: 'staff-1' }, at: T0 },
        },
      ]);
      expect(claimState(filed())).toMatchObject({ status: 'submitted', amount: 50_000, revision: 1, approvedAmount: null, rejection: null, returnNote: null });
    });

    it('may link an approved prescription of this card, and only such one', () => {
      const withRx = run([cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 10_000)]))], insured());
      expect(given(withRx).when(cmd.fileInsurance('ic-1', 2_000, { prescriptionId: 'rx-1' })).events()[0]?.data).toMatchObject({ prescriptionId: 'rx-1' });
      given(withRx).when(cmd.fileInsurance('ic-1', 2_000, { prescriptionId: 'rx-9' })).thenThrows('PRESCRIPTION_NOT_FOUND', { prescriptionId: 'rx-9' });
    });

    it.each([
      ['no insurance on the card', activeHistory(), cmd.fileInsurance('ic-1', 1), 'NO_INSURANCE_ON_CARD'],
      ['a pending card', [ev.issued({ insurance: ev.INSURANCE })], cmd.fileInsurance('ic-1', 1), 'CARD_NOT_ACTIVE'],
      ['a suspended card', [...insured(), ev.suspended()], cmd.fileInsurance('ic-1', 1), 'CARD_NOT_ACTIVE'],
      ['past the expiry instant', insured(), cmd.fileInsurance('ic-1', 1, {}, '2027-11-22T08:00:00.000Z'), 'CARD_EXPIRED'],
      ['an existing claim id', filed(), cmd.fileInsurance('ic-1', 1), 'INSURANCE_CLAIM_ALREADY_EXISTS'],
      ['a zero amount', insured(), cmd.fileInsurance('ic-1', 0), 'INVALID_AMOUNT'],
      ['a fractional amount', insured(), cmd.fileInsurance('ic-1', 10.5), 'INVALID_AMOUNT'],
      ['no documents', insured(), cmd.fileInsurance('ic-1', 1, { documents: [] }), 'INVALID_DOCUMENTS'],
      ['an unnamed document', insured(), cmd.fileInsurance('ic-1', 1, { documents: [{ ...DOC, name: ' ' }] }), 'INVALID_DOCUMENTS'],
      ['a bad content type', insured(), cmd.fileInsurance('ic-1', 1, { documents: [{ ...DOC, contentType: 'pdf' }] }), 'INVALID_DOCUMENTS'],
      ['an empty file', insured(), cmd.fileInsurance('ic-1', 1, { documents: [{ ...DOC, size: 0 }] }), 'INVALID_DOCUMENTS'],
      ['a file over 20 MiB', insured(), cmd.fileInsurance('ic-1', 1, { documents: [{ ...DOC, size: 20 * 1024 * 1024 + 1 }] }), 'INVALID_DOCUMENTS'],
      ['21 documents', insured(), cmd.fileInsurance('ic-1', 1, { documents: Array<typeof DOC>(21).fill(DOC) }), 'INVALID_DOCUMENTS'],
    ] as const)('rejects %s with %s', (_case, history, command, code) => given([...history]).when(command).thenThrows(code));
  });

  describe('review of a submitted claim', () => {
    it('ApproveInsuranceClaim approves the full amount or less, recording the reviewer', () => {
      given(filed()).when(cmd.approveInsurance('ic-1', 50_000)).then([
        { type: 'InsuranceClaimApproved', data: { cardId: CARD_ID, claimId: 'ic-1', claimedAmount: 50_000, approvedAmount: 50_000, reviewedBy: 'reviewer-1', at: T0 } },
      ]);
      expect(claimState(run([cmd.approveInsurance('ic-1', 35_000)], filed()))).toMatchObject({ status: 'approved', approvedAmount: 35_000 });
    });

    it('never more than filed, never zero', () => {
      given(filed()).when(cmd.approveInsurance('ic-1', 50_001)).thenThrows('APPROVED_AMOUNT_EXCEEDS_CLAIM', { claimed: 50_000, approvedAmount: 50_001 });
      given(filed()).when(cmd.approveInsurance('ic-1', 0)).thenThrows('INVALID_AMOUNT');
    });

    it('RejectInsuranceClaim takes a documented reason code; OTHER needs a note', () => {
      given(filed()).when(cmd.rejectInsurance('ic-1', 'PRE_AUTHORIZATION_REQUIRED')).then([
        { type: 'InsuranceClaimRejected', data: { cardId: CARD_ID, claimId: 'ic-1', reason: 'PRE_AUTHORIZATION_REQUIRED', note: '', reviewedBy: 'reviewer-1', at: T0 } },
      ]);
      expect(claimState(run([cmd.rejectInsurance('ic-1', 'OTHER', ' see email ')], filed()))).toMatchObject({ status: 'rejected', rejection: { reason: 'OTHER', note: 'see email' } });
      given(filed()).when(cmd.rejectInsurance('ic-1', 'OTHER')).thenThrows('REASON_REQUIRED');
      given(filed()).when(cmd.rejectInsurance('ic-1', 'BECAUSE' as never)).thenThrows('INVALID_REJECTION_REASON');
    });

    it('ReturnInsuranceClaim returns it for correction with a note', () => {
      expect(claimState(returned())).toMatchObject({ status: 'returned', returnNote: 'attach the invoice' });
      given(filed()).when(cmd.returnInsurance('ic-1', '  ')).thenThrows('REASON_REQUIRED');
    });

    it('an unknown claim is INSURANCE_CLAIM_NOT_FOUND', () =>
      given(filed()).when(cmd.approveInsurance('ic-9', 1)).thenThrows('INSURANCE_CLAIM_NOT_FOUND', { claimId: 'ic-9' }));

    it('goes on after the card is suspended, closed or expired', () => {
      for (const end of [ev.suspended(), ev.closed(), ev.expired()]) {
        expect(given([...filed(), end]).when(cmd.approveInsurance('ic-1', 1)).events()).toHaveLength(1);
      }
    });
  });

  describe('ResubmitInsuranceClaim (only when returned)', () => {
    it('resubmits with new amount and documents, or keeps the previous ones; the revision grows', () => {
      const docs = [{ name: 'invoice-v2.pdf', contentType: 'application/pdf', size: 99 }];
      given(returned()).when(cmd.resubmitInsurance('ic-1', { amount: 45_000, documents: docs })).then([
        { type: 'InsuranceClaimResubmitted', data: { cardId: CARD_ID, claimId: 'ic-1', amount: 45_000, documents: docs, revision: 2, resubmittedBy: 'staff-1', at: T0 } },
      ]);
      const again = run([cmd.resubmitInsurance('ic-1'), cmd.returnInsurance('ic-1'), cmd.resubmitInsurance('ic-1')], returned());
      expect(claimState(again)).toMatchObject({ status: 'submitted', amount: 50_000, documents: [DOC], revision: 3, returnNote: null });
    });

    it('validates the new amount and documents', () => {
      given(returned()).when(cmd.resubmitInsurance('ic-1', { amount: -1 })).thenThrows('INVALID_AMOUNT');
      given(returned()).when(cmd.resubmitInsurance('ic-1', { documents: [] })).thenThrows('INVALID_DOCUMENTS', { reason: 'NONE' });
    });
  });

  describe('invalid transitions', () => {
    const approved = () => run([cmd.approveInsurance('ic-1', 1)], filed());
    const rejected = () => run([cmd.rejectInsurance('ic-1')], filed());
    //               submitted  returned  approved  rejected
    const table = [
      ['ApproveInsuranceClaim', (h: MedCardEvent[]) => given(h).when(cmd.approveInsurance('ic-1', 1)), [true, false, false, false]],
      ['RejectInsuranceClaim', (h: MedCardEvent[]) => given(h).when(cmd.rejectInsurance('ic-1')), [true, false, false, false]],
      ['ReturnInsuranceClaim', (h: MedCardEvent[]) => given(h).when(cmd.returnInsurance('ic-1')), [true, false, false, false]],
      ['ResubmitInsuranceClaim', (h: MedCardEvent[]) => given(h).when(cmd.resubmitInsurance('ic-1')), [false, true, false, false]],
    ] as const;
    const histories = [['submitted', filed], ['returned', returned], ['approved', approved], ['rejected', rejected]] as const;
    for (const [command, attempt, allowed] of table) {
      histories.forEach(([status, history], i) => {
        it(`${command} on a ${status} claim: ${allowed[i] ? 'accepted' : 'INVALID_STATE_TRANSITION'}`, () => {
          if (allowed[i]) expect(attempt(history()).events()).toHaveLength(1);
          else attempt(history()).thenThrows('INVALID_STATE_TRANSITION', { from: status, command, claimId: 'ic-1' });
        });
      });
    }
  });
});
