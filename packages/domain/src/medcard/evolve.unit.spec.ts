import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { activeHistory, run, stateFrom } from '../testing/medcard-events';
import { CHILD, PHARMACY_ID, SPOUSE, as, claimOf, line, rxKey } from '../testing/medcard-fixtures';
import type { MedCardEvent, MedCardEventType } from './events';
import { medCardEventTypes } from './events';
import { evolveMedCard } from './evolve';
import { initialMedCardState, type MedCardState } from './state';
import { PersistentMap } from '../shared/persistent-map';
import { snapshotOf } from '../testing/state-snapshot';

/**
 * Freezes objects, and Maps too: their set, delete and clear throw, so a mutation anywhere fails the spec. A
 * PersistentMap's values are frozen; its versions share one Map by design, so what it holds is checked by the
 * snapshot below, read back through the map.
 */
const deepFreeze = <T>(value: T): T => {
  if (value instanceof PersistentMap) value.forEach(deepFreeze);
  if (value instanceof Map) {
    value.forEach(deepFreeze);
    for (const method of ['set', 'delete', 'clear'] as const) {
      Object.defineProperty(value, method, { value: () => { throw new TypeError(`frozen Map: ${method}`); } });
    }
  }
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};
const existing = (s: MedCardState) => {
  if (s.status === 'none') throw new Error('no card');
  return s;
};

/** One history that produces every event type at least once. */
const everything = (): MedCardEvent[] =>
  run(
    [
      cmd.addBeneficiary(as('spouse', SPOUSE)),
      cmd.addBeneficiary(as('child', CHILD)),
      cmd.removeBeneficiary('b-child'),
      cmd.submit(claimOf('rx-1', 'b-spouse', [line('A', 1, 10_000)])),
      cmd.grantOverride('A'),
      cmd.submit(claimOf('rx-2', 'b-self', [line('A', 1, 10_000)]), '2026-11-23T08:00:00Z'),
      cmd.submit(claimOf('rx-3', 'b-self', [line('A', 1, 10_000)]), '2026-11-24T08:00:00Z'),
      // Approved then reversed: no benefit, no dispensing left behind.
      cmd.submit(claimOf('rx-4', 'b-self', [line('C', 1, 10_000)]), '2026-11-24T08:00:00Z'),
      cmd.reverse('rx-4', { reason: 'WRONG_CARD' }, '2026-11-24T09:00:00Z'),
      cmd.fileInsurance('ic-1', 5_000),
      cmd.returnInsurance('ic-1'),
      cmd.resubmitInsurance('ic-1', { amount: 4_000 }),
      cmd.approveInsurance('ic-1', 3_000),
      cmd.fileInsurance('ic-2', 1_000),
      cmd.rejectInsurance('ic-2', 'NOT_COVERED'),
      cmd.changeTier('platinum'),
      cmd.changeMonthlyLimit(2_000_000),
      cmd.changeCopayment(15),
      cmd.suspend(),
      cmd.reactivate(),
      cmd.expire(),
    ],
    activeHistory(true),
  );

describe('evolveMedCard', () => {
  it('ignores everything before MedCardIssued, and a second MedCardIssued', () => {
    expect(evolveMedCard(initialMedCardState, ev.activated())).toBe(initialMedCardState);
    const state = stateFrom(activeHistory());
    expect(evolveMedCard(state, ev.issued({ tier: 'silver' }))).toBe(state);
  });

  it.each<[MedCardEvent, MedCardState['status']]>([
    [ev.activated(), 'active'],
    [ev.suspended(), 'suspended'],
    [ev.reactivated(), 'active'],
    [ev.closed(), 'closed'],
    [ev.expired(), 'expired'],
  ])('%o sets the status', (event, status) => expect(evolveMedCard(stateFrom(ev.pendingHistory()), event).status).toBe(status));

  it('folds the whole history: members, claims, month spend, dispensing, overrides, insurance and terms', () => {
    const history = everything();
    // Closed and expired are both terminal, so MedCardClosed is covered by the status table above instead.
    const expected = medCardEventTypes.filter((t): t is MedCardEventType => t !== 'MedCardClosed');
    expect(new Set(history.map((e) => e.type))).toEqual(new Set(expected));
    const s = existing(stateFrom(history));
    expect(s).toMatchObject({ status: 'expired', tier: 'platinum', monthlyLimit: 2_000_000, copaymentPercent: 15, insurance: ev.INSURANCE });
    expect(Object.keys(s.beneficiaries).sort()).toEqual(['b-self', 'b-spouse']);
    expect(s.prescriptionClaims.get(rxKey('rx-1'))).toMatchObject({ outcome: 'approved', claim: { beneficiaryId: 'b-spouse' }, total: { benefit: 8_000 } });
    expect(s.prescriptionClaims.get(rxKey('rx-2'))).toMatchObject({ outcome: 'approved', overridesUsed: [{ overrideId: 'ov-A', drugCode: 'A' }] });
    expect(s.prescriptionClaims.get(rxKey('rx-3'))).toMatchObject({ outcome: 'rejected', code: 'REFILL_TOO_SOON', details: { earliestRefillDate: '2026-12-23' } });
    expect(s.prescriptionClaims.get(rxKey('rx-4'))).toMatchObject({ outcome: 'approved', reversal: { reason: 'WRONG_CARD', benefit: 8_000 } });
    expect(s.benefitByMonth).toEqual({ '2026-11': 16_000 });
    expect(new Map(s.dispensing)).toEqual(new Map([
      ['A', { prescriptionId: 'rx-2', pharmacyId: PHARMACY_ID, beneficiaryId: 'b-self', dispensedOn: '2026-11-23', daysSupply: 30, earliestRefillDate: '2026-12-23' }],
    ]));
    expect(s.refillOverrides).toEqual({});
    expect(s.insuranceClaims['ic-1']).toMatchObject({ status: 'approved', amount: 4_000, approvedAmount: 3_000, revision: 2, returnNote: null });
    expect(s.insuranceClaims['ic-2']).toMatchObject({ status: 'rejected', rejection: { reason: 'NOT_COVERED', note: '' } });
  });

  it('ignores insurance facts about a claim it does not know, and a second filing of the same id', () => {
    const state = stateFrom(activeHistory(true));
    const approved: MedCardEvent = { type: 'InsuranceClaimApproved', data: { cardId: 'card-1', claimId: 'x', claimedAmount: 1, approvedAmount: 1, reviewedBy: 'r', at: 'T' } };
    expect(evolveMedCard(state, approved)).toEqual(state);
    const filed = run([cmd.fileInsurance('ic-1', 5_000)], activeHistory(true));
    const refiled = { ...filed.at(-1)!, data: { ...filed.at(-1)!.data, amount: 1 } } as MedCardEvent;
    expect(existing(stateFrom([...filed, refiled])).insuranceClaims['ic-1']).toMatchObject({ amount: 5_000 });
  });

  it('never mutates the state it is given', () => {
    const history = everything();
    const before = deepFreeze(stateFrom(history.slice(0, 12)));
    const snapshot = snapshotOf(before);
    for (const event of history.slice(12)) expect(() => evolveMedCard(before, event)).not.toThrow();
    for (const event of history) expect(() => evolveMedCard(before, event)).not.toThrow();
    expect(before).toEqual(snapshot);
  });
});
