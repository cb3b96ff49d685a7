import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import { activeHistory, given, run, stateFrom } from '../testing/medcard-events';
import { CARD_ID, CHILD, SPOUSE, T0, as, claimOf, line } from '../testing/medcard-fixtures';
import type { MedCardEvent } from './events';

/** Holder, spouse and child on an active card; the holder got drug A (30 days) and C (7 days) on 22 Nov. */
const family = (): MedCardEvent[] =>
  run(
    [
      cmd.addBeneficiary(as('spouse', SPOUSE)),
      cmd.addBeneficiary(as('child', CHILD)),
      cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 10_000), line('C', 1, 3_000, 7)])),
    ],
    activeHistory(),
  );
const typeOf = (events: MedCardEvent[]) => events[0]?.type;
const dataOf = (events: MedCardEvent[]) => events[0]?.data as Record<string, unknown> | undefined;
const aFor = (beneficiaryId: string, id = 'rx-2') => claimOf(id, beneficiaryId, [line('A', 1, 10_000)]);
const DEC_21_LATE = '2026-12-21T21:59:59.000Z'; // 23:59:59 on 21 Dec in Cairo
const DEC_22_MIDNIGHT = '2026-12-21T22:00:00.000Z'; // 00:00 on 22 Dec in Cairo

describe('refills (card-wide, Africa/Cairo days)', () => {
  it.each(['b-self', 'b-spouse', 'b-child'])('drug A cannot be claimed for %s before dispensed day + daysSupply', (who) => {
    given(family()).when(cmd.submit(aFor(who), DEC_21_LATE)).then([
      {
        type: 'PrescriptionClaimRejected',
        data: {
          cardId: CARD_ID,
          claim: { ...aFor(who), lines: [{ ...line('A', 1, 10_000), daysSupply: 30 }] },
          code: 'REFILL_TOO_SOON',
          details: { earliestRefillDate: '2026-12-22', lines: [{ index: 0, drugCode: 'A', earliestRefillDate: '2026-12-22' }] },
          at: DEC_21_LATE,
        },
      },
    ]);
    expect(typeOf(given(family()).when(cmd.submit(aFor(who), DEC_22_MIDNIGHT)).events())).toBe('PrescriptionClaimApproved');
  });

  it('uses each line’s own days supply and reports the date on which the whole claim can pass', () => {
    const both = claimOf('rx-2', 'b-spouse', [line('C', 1, 3_000, 7), line('A', 1, 10_000)]);
    expect(dataOf(given(family()).when(cmd.submit(both, '2026-11-28T10:00:00Z')).events())).toMatchObject({
      details: {
        earliestRefillDate: '2026-12-22',
        lines: [
          { index: 0, drugCode: 'C', earliestRefillDate: '2026-11-29' },
          { index: 1, drugCode: 'A', earliestRefillDate: '2026-12-22' },
        ],
      },
    });
    const onlyC = claimOf('rx-3', 'b-child', [line('C', 1, 3_000, 7)]);
    expect(typeOf(given(family()).when(cmd.submit(onlyC, '2026-11-29T08:00:00Z')).events())).toBe('PrescriptionClaimApproved');
  });

  it('other drugs are not affected', () =>
    expect(typeOf(given(family()).when(cmd.submit(claimOf('rx-2', 'b-spouse', [line('B', 1, 10_000)]))).events())).toBe('PrescriptionClaimApproved'));

  describe('RefillOverrideGranted', () => {
    it('is recorded with the granting staff member, a trimmed reason and its expiry', () =>
      given(family()).when(cmd.grantOverride('A', '2026-11-29T08:00:00.000Z', T0, 'ov-1', '  lost at the airport ')).then([
        {
          type: 'RefillOverrideGranted',
          data: { cardId: CARD_ID, overrideId: 'ov-1', drugCode: 'A', reason: 'lost at the airport', grantedBy: 'staff-1', expiresAt: '2026-11-29T08:00:00.000Z', at: T0 },
        },
      ]));

    it('lets one claim for the drug through, for any member, and is consumed by it', () => {
      const granted = run([cmd.grantOverride('A')], family());
      const events = given(granted).when(cmd.submit(aFor('b-spouse'), '2026-11-23T08:00:00Z')).events();
      expect(dataOf(events)).toMatchObject({ overridesUsed: [{ overrideId: 'ov-A', drugCode: 'A' }] });
      const after = stateFrom([...granted, ...events]);
      expect(after.status !== 'none' && after.refillOverrides).toEqual({});
      // The override dispensed a new supply: the refill date moves to 23 Nov + 30 days.
      expect(dataOf(given([...granted, ...events]).when(cmd.submit(aFor('b-child', 'rx-3'), '2026-11-24T08:00:00Z')).events())).toMatchObject({
        code: 'REFILL_TOO_SOON',
        details: { earliestRefillDate: '2026-12-23' },
      });
    });

    it('does not help once expired, and is then not consumed', () => {
      const granted = run([cmd.grantOverride('A', '2026-11-23T08:00:00.000Z')], family());
      expect(dataOf(given(granted).when(cmd.submit(aFor('b-spouse'), '2026-11-23T08:00:00.000Z')).events())).toMatchObject({ code: 'REFILL_TOO_SOON' });
    });

    it('is kept when it was not needed (first dispensing) or when the claim is refused for another reason', () => {
      const granted = run([cmd.grantOverride('B'), cmd.grantOverride('A')], family());
      const notNeeded = run([cmd.submit(claimOf('rx-2', 'b-self', [line('B', 1, 100)]))], granted);
      const state = stateFrom(notNeeded);
      expect(state.status !== 'none' && Object.keys(state.refillOverrides).sort()).toEqual(['A', 'B']);
      const exhausted = run([cmd.changeMonthlyLimit(8_000), cmd.submit(aFor('b-spouse'))], granted);
      expect(dataOf(exhausted.slice(-1))).toMatchObject({ code: 'MONTHLY_LIMIT_EXHAUSTED' });
      const after = stateFrom(exhausted);
      expect(after.status !== 'none' && Object.keys(after.refillOverrides).sort()).toEqual(['A', 'B']);
    });

    it('is per drug code: an override for B does not lift A', () => {
      const granted = run([cmd.grantOverride('B')], family());
      expect(dataOf(given(granted).when(cmd.submit(aFor('b-spouse'))).events())).toMatchObject({ code: 'REFILL_TOO_SOON' });
    });

    it.each([
      [cmd.grantOverride('A', '2026-11-29T08:00:00Z', T0, 'ov', '  '), 'REASON_REQUIRED'],
      [cmd.grantOverride('A', T0), 'INVALID_EXPIRY'],
      [cmd.grantOverride('A', 'next week'), 'INVALID_EXPIRY'],
      [cmd.grantOverride(' '), 'INVALID_DRUG_CODE'],
    ] as const)('rejects an invalid grant %#: %s', (command, code) => given(family()).when(command).thenThrows(code));
  });

  it.each(['__proto__', 'constructor', 'toString'])('blocks a refill of drug code %s like any other', (drugCode) => {
    const first = run([cmd.submit(claimOf('rx-p1', 'b-self', [line(drugCode, 1, 1_000)]))], activeHistory());
    expect(dataOf(given(first).when(cmd.submit(claimOf('rx-p2', 'b-self', [line(drugCode, 1, 1_000)]), DEC_21_LATE)).events())).toMatchObject({
      code: 'REFILL_TOO_SOON',
      details: { earliestRefillDate: '2026-12-22' },
    });
  });
});
