import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { given, run, stateFrom } from '../testing/medcard-events';
import { claimOf, line, rxKey } from '../testing/medcard-fixtures';
import type { MedCardEvent } from './events';
import { remainingBenefit } from './queries';

/** A card with a 100 EGP monthly limit and no copayment, so benefit = price. */
const small = (at = '2026-11-22T08:00:00.000Z'): MedCardEvent[] => [ev.issued({ monthlyLimit: 10_000, copaymentPercent: 0, at }), ev.activated(at)];
const claim = (id: string, price: number, drug = id) => claimOf(id, 'b-self', [line(drug, 1, price)]);
const outcome = (history: MedCardEvent[], id: string, price: number, now: string) => {
  const [event] = given(history).when(cmd.submit(claim(id, price), now)).events();
  return event?.type === 'PrescriptionClaimApproved' ? event.data.total.benefit : (event?.data as { code?: string } | undefined)?.code;
};

describe('monthly limit per Africa/Cairo calendar month', () => {
  it('winter: November ends at 22:00Z on 30 Nov (Cairo midnight, UTC+2), not at UTC midnight', () => {
    const spent = run([cmd.submit(claim('rx-1', 10_000), '2026-11-30T21:00:00.000Z')], small());
    expect(outcome(spent, 'rx-2', 1, '2026-11-30T21:59:59.999Z')).toBe('MONTHLY_LIMIT_EXHAUSTED');
    expect(outcome(spent, 'rx-2', 10_000, '2026-11-30T22:00:00.000Z')).toBe(10_000);
  });

  it('a claim late on the UTC day already counts for the next Cairo month', () => {
    const spent = run([cmd.submit(claim('rx-1', 10_000), '2026-11-30T23:00:00.000Z')], small()); // 1 Dec, 01:00 Cairo
    expect(outcome(spent, 'rx-2', 1, '2026-12-15T10:00:00.000Z')).toBe('MONTHLY_LIMIT_EXHAUSTED');
    expect(outcome(spent, 'rx-2', 10_000, '2026-11-30T21:59:00.000Z')).toBe(10_000);
  });

  it('summer: June ends at 21:00Z on 30 June (Cairo midnight, UTC+3 DST)', () => {
    const spent = run([cmd.submit(claim('rx-1', 10_000), '2027-06-30T20:00:00Z')], small());
    expect(outcome(spent, 'rx-2', 1, '2027-06-30T20:59:59Z')).toBe('MONTHLY_LIMIT_EXHAUSTED');
    expect(outcome(spent, 'rx-2', 2_500, '2027-06-30T21:00:00Z')).toBe(2_500);
  });

  it('spending accumulates within the month and remainingBenefit reports what is left', () => {
    const history = run([cmd.submit(claim('rx-1', 3_000)), cmd.submit(claim('rx-2', 4_000))], small());
    expect(remainingBenefit(stateFrom(history), '2026-11-25T10:00:00Z')).toBe(3_000);
    expect(remainingBenefit(stateFrom(history), '2026-12-01T10:00:00Z')).toBe(10_000);
    expect(remainingBenefit(stateFrom([]), '2026-12-01T10:00:00Z')).toBe(0);
    const state = stateFrom(history);
    expect(state.status !== 'none' && state.benefitByMonth).toEqual({ '2026-11': 7_000 });
  });
});

describe('term changes apply from the next claim on', () => {
  const gold = (): MedCardEvent[] => run([cmd.submit(claim('rx-1', 10_000))], [ev.issued(), ev.activated()]);

  it('a downgrade re-prices later claims only; past claims keep their adjudicated amounts', () => {
    const history = run([cmd.changeTier('silver'), cmd.submit(claim('rx-2', 10_000))], gold());
    const state = stateFrom(history);
    if (state.status === 'none') throw new Error('no card');
    expect(state.prescriptionClaims.get(rxKey('rx-1'))).toMatchObject({ total: { copay: 2_000, benefit: 8_000 } });
    expect(state.prescriptionClaims.get(rxKey('rx-2'))).toMatchObject({ total: { copay: 3_000, benefit: 7_000 } });
    expect(history.at(-1)?.data).toMatchObject({ terms: { tier: 'silver', monthlyLimit: 200_000, copaymentPercent: 30 } });
  });

  it('a limit lowered below the month’s spending leaves nothing for the rest of the month', () => {
    const history = run([cmd.changeMonthlyLimit(5_000)], gold());
    expect(outcome(history, 'rx-2', 100, '2026-11-23T10:00:00Z')).toBe('MONTHLY_LIMIT_EXHAUSTED');
    expect(outcome(history, 'rx-2', 10_000, '2026-12-01T10:00:00Z')).toBe(5_000);
    expect(remainingBenefit(stateFrom(history), '2026-11-23T10:00:00Z')).toBe(0);
  });

  it('a copayment change applies to the next claim', () => {
    const history = run([cmd.changeCopayment(50), cmd.submit(claim('rx-2', 10_001))], gold());
    expect(history.at(-1)?.data).toMatchObject({ total: { eligible: 10_001, copay: 5_001, benefit: 5_000 } }); // 5,000.5 rounds up
  });
});
