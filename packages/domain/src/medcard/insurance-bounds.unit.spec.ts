import { describe, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import { activeHistory, given, run } from '../testing/medcard-events';
import { claimOf, line } from '../testing/medcard-fixtures';
import { MAX_UNLINKED_INSURANCE_CLAIM } from './insurance-bounds';
import type { MedCardEvent } from './events';

/**
 * Insured gold card (20% copay). rx-1: A 1 × 173.00 EGP → copay 34.60, the card pays 138.40: 3,460 uncovered.
 * rx-2 on 1 Dec: A too soon (rejected, 17,300), B 100.00 (copay 2,000): 19,300 uncovered.
 */
const withRx = (): MedCardEvent[] => run([cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 17_300)]))], activeHistory(true));
const withRejectedLine = (): MedCardEvent[] =>
  run([cmd.submit(claimOf('rx-2', 'b-self', [line('A', 1, 17_300), line('B', 1, 10_000)]), '2026-12-01T08:00:00.000Z')], withRx());
const exceeds = (amount: number, alreadyClaimed: number, uncovered = 3_460, prescriptionId = 'rx-1') => ({
  prescriptionId, amount, uncovered, alreadyClaimed, available: Math.max(0, uncovered - alreadyClaimed),
});

describe('insurance amounts are bounded by what the prescription left uncovered', () => {
  describe('FileInsuranceClaim with a prescription', () => {
    it('accepts up to the uncovered amount (copay) and refuses EGP 99,999 against a EGP 173 prescription', () => {
      given(withRx()).when(cmd.fileInsurance('ic-1', 3_460, { prescriptionId: 'rx-1' })).events();
      given(withRx()).when(cmd.fileInsurance('ic-1', 9_999_900, { prescriptionId: 'rx-1' })).thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', exceeds(9_999_900, 0));
      given(withRx()).when(cmd.fileInsurance('ic-1', 3_461, { prescriptionId: 'rx-1' })).thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', exceeds(3_461, 0));
    });

    it('counts rejected lines as uncovered', () => {
      given(withRejectedLine()).when(cmd.fileInsurance('ic-1', 19_300, { prescriptionId: 'rx-2' })).events();
      given(withRejectedLine()).when(cmd.fileInsurance('ic-1', 19_301, { prescriptionId: 'rx-2' }))
        .thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', exceeds(19_301, 0, 19_300, 'rx-2'));
    });

    it('counts the share above the monthly limit as uncovered', () => {
      const limited = run([cmd.changeMonthlyLimit(10_000), cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 17_300)]))], activeHistory(true));
      given(limited).when(cmd.fileInsurance('ic-1', 7_300, { prescriptionId: 'rx-1' })).events();
      given(limited).when(cmd.fileInsurance('ic-1', 7_301, { prescriptionId: 'rx-1' })).thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', exceeds(7_301, 0, 7_300));
    });

    it('two claims together cannot exceed it; a rejected claim frees its amount', () => {
      const first = run([cmd.fileInsurance('ic-1', 2_000, { prescriptionId: 'rx-1' })], withRx());
      given(first).when(cmd.fileInsurance('ic-2', 1_461, { prescriptionId: 'rx-1' })).thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', exceeds(1_461, 2_000));
      given(first).when(cmd.fileInsurance('ic-2', 1_460, { prescriptionId: 'rx-1' })).events();
      const approved = run([cmd.approveInsurance('ic-1', 1_000)], first);
      given(approved).when(cmd.fileInsurance('ic-2', 1_461, { prescriptionId: 'rx-1' })).thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED');
      const rejected = run([cmd.rejectInsurance('ic-1')], first);
      given(rejected).when(cmd.fileInsurance('ic-2', 3_460, { prescriptionId: 'rx-1' })).events();
    });
  });

  describe('ResubmitInsuranceClaim', () => {
    it('bounds the new amount by what the other claims left (not counting its own earlier amount)', () => {
      const returned = run([cmd.fileInsurance('ic-1', 3_000, { prescriptionId: 'rx-1' }), cmd.returnInsurance('ic-1')], withRx());
      given(returned).when(cmd.resubmitInsurance('ic-1', { amount: 3_460 })).events();
      given(returned).when(cmd.resubmitInsurance('ic-1', { amount: 3_461 })).thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', exceeds(3_461, 0));
    });
  });

  describe('ApproveInsuranceClaim of a claim filed before the bound existed', () => {
    it('pays at most what the prescription left uncovered', () => {
      const legacy: MedCardEvent = {
        type: 'InsuranceClaimFiled',
        data: { cardId: 'card-1', claimId: 'ic-1', amount: 9_999_900, documents: [{ name: 'a.pdf', contentType: 'application/pdf', size: 1 }], prescriptionId: 'rx-1', filedBy: { role: 'staff', actorId: 'staff-1' }, at: '2026-11-22T09:00:00.000Z' },
      };
      given([...withRx(), legacy]).when(cmd.approveInsurance('ic-1', 9_999_900)).thenThrows('INSURANCE_AMOUNT_EXCEEDS_UNCOVERED', exceeds(9_999_900, 0));
      given([...withRx(), legacy]).when(cmd.approveInsurance('ic-1', 3_460)).events();
    });
  });

  describe('without a prescription', () => {
    it(`is bounded per claim by ${MAX_UNLINKED_INSURANCE_CLAIM} piasters`, () => {
      given(activeHistory(true)).when(cmd.fileInsurance('ic-1', MAX_UNLINKED_INSURANCE_CLAIM)).events();
      given(activeHistory(true)).when(cmd.fileInsurance('ic-1', MAX_UNLINKED_INSURANCE_CLAIM + 1))
        .thenThrows('INSURANCE_AMOUNT_ABOVE_MAXIMUM', { amount: MAX_UNLINKED_INSURANCE_CLAIM + 1, maximum: MAX_UNLINKED_INSURANCE_CLAIM });
      const returned = run([cmd.fileInsurance('ic-1', 1_000), cmd.returnInsurance('ic-1')], activeHistory(true));
      given(returned).when(cmd.resubmitInsurance('ic-1', { amount: MAX_UNLINKED_INSURANCE_CLAIM + 1 })).thenThrows('INSURANCE_AMOUNT_ABOVE_MAXIMUM');
    });
  });
});
