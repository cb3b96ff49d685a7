import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import { activeHistory, given, run, stateFrom } from '../testing/medcard-events';
import { claimOf, line, rxKey } from '../testing/medcard-fixtures';
import type { MedCardEvent } from './events';
import { evolveMedCard } from './evolve';
import { initialMedCardState } from './state';

/** Drug A (30 days) dispensed on 22 Nov; on 1 Dec A is too soon (until 22 Dec), B and C are new. */
const dispensedA = (): MedCardEvent[] => run([cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 10_000)]))], activeHistory());
const DEC_1 = '2026-12-01T08:00:00.000Z';
const mixed = claimOf('rx-2', 'b-self', [line('B', 2, 5_000), line('A', 1, 10_000), line('C', 1, 2_001)]);
const approvalOf = (events: MedCardEvent[]) => {
  const [event] = events;
  if (event?.type !== 'PrescriptionClaimApproved') throw new Error(`expected an approval, got ${event?.type}`);
  return event.data;
};
const tooSoonA = { index: 1, drugCode: 'A', code: 'REFILL_TOO_SOON', details: { earliestRefillDate: '2026-12-22' } };

describe('per-line adjudication: a line-level rule rejects the line, not the claim', () => {
  describe('when active, with one line too soon', () => {
    it('rejects that line with its code and details and approves the others, paid as if it were not there', () => {
      const data = approvalOf(given(dispensedA()).when(cmd.submit(mixed, DEC_1)).events());
      expect(data.rejectedLines).toEqual([tooSoonA]);
      expect(data.lines).toEqual([
        { drugCode: 'B', submitted: 10_000, eligible: 10_000, copay: 2_000, benefit: 8_000, limitedByMonthlyLimit: false },
        { drugCode: 'A', submitted: 10_000, eligible: 0, copay: 0, benefit: 0, limitedByMonthlyLimit: false },
        { drugCode: 'C', submitted: 2_001, eligible: 2_001, copay: 400, benefit: 1_601, limitedByMonthlyLimit: false },
      ]);
      // Submitted covers the whole claim; what is eligible and paid, only the lines that passed.
      expect(data.total).toEqual({ submitted: 22_001, eligible: 12_001, copay: 2_400, benefit: 9_601 });
      expect(data.coverage).toBe('full');
      const alone = approvalOf(given(dispensedA()).when(cmd.submit(claimOf('rx-2', 'b-self', [line('B', 2, 5_000), line('C', 1, 2_001)]), DEC_1)).events());
      expect([data.total.benefit, data.total.copay]).toEqual([alone.total.benefit, alone.total.copay]);
    });

    it('spends the monthly limit on the lines that passed only', () => {
      const limited = run([cmd.changeMonthlyLimit(10_000)], activeHistory()); // A used 8,000 in November
      const history = run([cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 10_000)]))], limited);
      const nov = '2026-11-25T08:00:00.000Z';
      const data = approvalOf(given(history).when(cmd.submit(claimOf('rx-2', 'b-self', [line('A', 1, 10_000), line('B', 1, 5_000)]), nov)).events());
      expect(data).toMatchObject({ coverage: 'partial', remainingBefore: 2_000, rejectedLines: [{ index: 0, drugCode: 'A', code: 'REFILL_TOO_SOON' }] });
      expect(data.lines[1]).toEqual({ drugCode: 'B', submitted: 5_000, eligible: 5_000, copay: 3_000, benefit: 2_000, limitedByMonthlyLimit: true, uncappedBenefit: 4_000 });
    });

    it('does not dispense the rejected line: its refill date stays, the others get new ones', () => {
      const after = stateFrom(run([cmd.submit(mixed, DEC_1)], dispensedA()));
      if (after.status === 'none') throw new Error('no card');
      expect(after.dispensing.get('A')).toMatchObject({ prescriptionId: 'rx-1', earliestRefillDate: '2026-12-22' });
      expect(after.dispensing.get('B')).toMatchObject({ prescriptionId: 'rx-2', earliestRefillDate: '2026-12-31' });
      expect(after.prescriptionClaims.get(rxKey('rx-2'))).toMatchObject({ outcome: 'approved', rejectedLines: [tooSoonA] });
    });

    it('a refill override lifts its own drug only: the overridden line passes, another early line is rejected', () => {
      const both = run([cmd.submit(claimOf('rx-0', 'b-self', [line('B', 1, 1_000)]))], dispensedA());
      const granted = run([cmd.grantOverride('A', '2026-12-05T08:00:00.000Z')], both);
      const data = approvalOf(given(granted).when(cmd.submit(claimOf('rx-2', 'b-self', [line('A', 1, 10_000), line('B', 1, 1_000)]), DEC_1)).events());
      expect(data.overridesUsed).toEqual([{ overrideId: 'ov-A', drugCode: 'A' }]);
      expect(data.rejectedLines).toEqual([{ index: 1, drugCode: 'B', code: 'REFILL_TOO_SOON', details: { earliestRefillDate: '2026-12-22' } }]);
      expect(data.lines[0]).toMatchObject({ drugCode: 'A', benefit: 8_000 });
    });

    it('rejects the claim as a whole only when every line is rejected', () => {
      const [event] = given(dispensedA()).when(cmd.submit(claimOf('rx-2', 'b-self', [line('A', 1, 10_000)]), DEC_1)).events();
      expect(event).toMatchObject({ type: 'PrescriptionClaimRejected', data: { code: 'REFILL_TOO_SOON', details: { earliestRefillDate: '2026-12-22' } } });
    });

    it('a claim-level reason still rejects the whole claim (monthly limit used up)', () => {
      const used = run([cmd.changeMonthlyLimit(8_000)], dispensedA());
      const [event] = given(used).when(cmd.submit(mixed, '2026-11-25T08:00:00.000Z')).events();
      expect(event).toMatchObject({ type: 'PrescriptionClaimRejected', data: { code: 'MONTHLY_LIMIT_EXHAUSTED' } });
    });
  });

  describe('repeats of a claim approved with a rejected line', () => {
    const approved = () => run([cmd.submit(mixed, DEC_1)], dispensedA());
    it('the same body again decides nothing, even after the refill date (approved is final)', () => {
      given(approved()).when(cmd.submit(mixed, DEC_1)).then([]);
      given(approved()).when(cmd.submit(mixed, '2026-12-23T08:00:00.000Z')).then([]);
    });
    it('a different body is DUPLICATE_PRESCRIPTION', () =>
      given(approved()).when(cmd.submit({ ...mixed, lines: mixed.lines.slice(0, 1), submittedTotal: 10_000 }, DEC_1)).thenThrows('DUPLICATE_PRESCRIPTION'));
  });

  describe('approvals recorded before per-line adjudication (no rejectedLines)', () => {
    it('still evolve: every line dispensed, no rejected lines', () => {
      const [approval] = given(activeHistory()).when(cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 10_000)]))).events();
      if (approval?.type !== 'PrescriptionClaimApproved') throw new Error('expected an approval');
      const { rejectedLines: _dropped, ...oldData } = approval.data;
      const state = [...activeHistory(), { type: 'PrescriptionClaimApproved', data: oldData } as MedCardEvent].reduce(evolveMedCard, initialMedCardState);
      expect(state.status !== 'none' && state.prescriptionClaims.get(rxKey('rx-1'))).toMatchObject({ outcome: 'approved', rejectedLines: [] });
      expect(state.status !== 'none' && state.dispensing.get('A')).toMatchObject({ earliestRefillDate: '2026-12-22' });
    });
  });
});
