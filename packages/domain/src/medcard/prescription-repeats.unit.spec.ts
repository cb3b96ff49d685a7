import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { activeHistory, given, run, stateFrom } from '../testing/medcard-events';
import { PHARMACY_ID, T0, claimOf, line } from '../testing/medcard-fixtures';
import type { PrescriptionClaimInput } from './claim';
import type { MedCardEvent } from './events';
import { findPrescriptionClaim } from './queries';

const rx1 = claimOf('rx-1', 'b-self', [line('A', 2, 12_345), line('B', 1, 5_001)]);
const NEXT_MONTH = '2026-12-05T08:00:00.000Z';

describe('repeated prescriptions', () => {
  describe('after an approval (final)', () => {
    const approved = () => run([cmd.submit(rx1)], activeHistory());

    it('the same body again decides nothing; the first result is found by prescriptionId', () => {
      const history = approved();
      given(history).when(cmd.submit(rx1, '2026-11-22T08:00:05.000Z')).then([]);
      const first = history.at(-1);
      expect(findPrescriptionClaim(stateFrom(history), PHARMACY_ID, 'rx-1')).toMatchObject({
        outcome: 'approved',
        at: T0,
        total: first?.type === 'PrescriptionClaimApproved' ? first.data.total : 'missing',
      });
    });

    it('"the same body" is structural: key order, an explicit default daysSupply and undefined fields do not matter', () => {
      const reordered: PrescriptionClaimInput = {
        submittedTotal: rx1.submittedTotal,
        lines: rx1.lines.map((l) => ({ daysSupply: 30, totalPrice: l.totalPrice, unitPrice: l.unitPrice, quantity: l.quantity, drugName: l.drugName, drugCode: l.drugCode })),
        beneficiaryId: 'b-self',
        pharmacyId: rx1.pharmacyId,
        prescriptionId: 'rx-1',
        ...{ note: undefined },
      };
      given(approved()).when(cmd.submit(reordered)).then([]);
    });

    it('matches a history loaded from storage with its keys in another order (Postgres jsonb reorders them)', () => {
      const reversed = (v: unknown): unknown =>
        Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
      const loaded = approved().map((e) => reversed(e) as MedCardEvent);
      given(loaded).when(cmd.submit(rx1)).then([]);
    });

    it('is not re-adjudicated even when the terms or the month changed since', () => {
      const later = run([cmd.changeTier('silver'), cmd.changeMonthlyLimit(1)], approved());
      given(later).when(cmd.submit(rx1, NEXT_MONTH)).then([]);
    });

    it.each([
      ['another quantity', { lines: [line('A', 3, 12_345), line('B', 1, 5_001)], submittedTotal: 42_036 }],
      ['another beneficiary', { beneficiaryId: 'b-other' }],
      ['another days supply', { lines: [line('A', 2, 12_345, 60), line('B', 1, 5_001)] }],
      ['lines in another order', { lines: [line('B', 1, 5_001), line('A', 2, 12_345)] }],
    ])('a different body (%s) is DUPLICATE_PRESCRIPTION', (_case, patch) =>
      given(approved()).when(cmd.submit({ ...rx1, ...patch })).thenThrows('DUPLICATE_PRESCRIPTION', { prescriptionId: 'rx-1' }));

    it('a malformed repeat is still reported as malformed', () =>
      given(approved()).when(cmd.submit({ ...rx1, submittedTotal: 1 })).thenThrows('INVALID_CLAIM'));
  });

  describe('after a rejection (not final)', () => {
    const refused = () => run([cmd.submit(rx1)], [...activeHistory(), ev.suspended()]);

    it('the same rejection of the same body again decides nothing', () => {
      const history = refused();
      given(history).when(cmd.submit(rx1)).then([]);
      expect(findPrescriptionClaim(stateFrom(history), PHARMACY_ID, 'rx-1')).toMatchObject({ outcome: 'rejected', code: 'CARD_NOT_ACTIVE' });
    });

    it('is adjudicated again once the cause is gone, and the approval becomes the answer of record', () => {
      const history = run([cmd.reactivate(), cmd.submit(rx1)], refused());
      expect(history.at(-1)?.type).toBe('PrescriptionClaimApproved');
      expect(findPrescriptionClaim(stateFrom(history), PHARMACY_ID, 'rx-1')).toMatchObject({ outcome: 'approved' });
    });

    it('a different rejection is recorded', () => {
      const history = run([cmd.reactivate(), cmd.changeMonthlyLimit(1), cmd.submit(claimOf('rx-0', 'b-self', [line('Z', 1, 100)]))], refused());
      expect(given(history).when(cmd.submit(rx1)).events()[0]?.data).toMatchObject({ code: 'MONTHLY_LIMIT_EXHAUSTED' });
    });

    it('a corrected body is adjudicated and recorded (no DUPLICATE_PRESCRIPTION)', () => {
      const corrected = { ...rx1, beneficiaryId: 'b-nobody' };
      expect(given(refused()).when(cmd.submit(corrected)).events()[0]?.data).toMatchObject({ code: 'CARD_NOT_ACTIVE', claim: { beneficiaryId: 'b-nobody' } });
    });
  });

  it('findPrescriptionClaim is undefined for an unknown prescription or card', () => {
    expect(findPrescriptionClaim(stateFrom(activeHistory()), PHARMACY_ID, 'rx-1')).toBeUndefined();
    expect(findPrescriptionClaim(stateFrom(activeHistory()), PHARMACY_ID, 'constructor')).toBeUndefined();
    expect(findPrescriptionClaim(stateFrom([]), PHARMACY_ID, 'rx-1')).toBeUndefined();
  });
});
