import { describe, expect, it } from 'vitest';
import { cairoMonth } from '../shared/cairo-time';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { stateFrom } from '../testing/medcard-events';
import { claimOf, line } from '../testing/medcard-fixtures';
import { lcg, type Prng } from '../testing/prng';
import { adjudicate } from './adjudicate';
import { copayOf } from './amounts';
import type { ApprovedAdjudication, ClaimAmounts, PrescriptionClaimInput } from './claim';
import { decideMedCard } from './decide';
import type { MedCardEvent } from './events';
import { evolveMedCard } from './evolve';
import type { ExistingMedCardState } from './types';

const NOW = '2026-11-22T08:00:00.000Z';
const SEEDS = [1, 42, 2026, 0xdeadbeef];

/** Mostly pharmacy-sized prices, sometimes huge ones (to exercise exact integer arithmetic). */
const price = (r: Prng, max = 60_000): number => (r.chance(1, 20) ? r.between(1, 2 ** 40) : r.between(1, max));
/** 1–6 lines; drug codes `${prefix}1…` so that a sequence can keep drugs apart and stay clear of refill checks. */
const randomClaim = (r: Prng, id: string, prefix = 'D', maxPrice?: number): PrescriptionClaimInput => {
  const codes = Array.from({ length: r.between(1, 6) }, (_, k) => `${prefix}${k + 1}`);
  return claimOf(id, 'b-self', codes.map((code) => line(code, r.between(1, 20), price(r, maxPrice), r.pick([undefined, 7, 30, 90]))));
};
/** An active card with random terms and random benefit already used this month (possibly over a lowered limit). */
const randomCard = (r: Prng): ExistingMedCardState => {
  const base = stateFrom([ev.issued(), ev.activated()]);
  if (base.status === 'none') throw new Error('no card');
  const monthlyLimit = r.pick([1, 100, 10_000, 200_000, 500_000, 1_500_000, r.between(1, 5_000_000)]);
  const used = r.chance(1, 3) ? 0 : r.between(0, monthlyLimit + (r.chance(1, 5) ? 10_000 : 0));
  return { ...base, monthlyLimit, copaymentPercent: r.pick([0, 1, 10, 20, 30, 33, 50, 99, 100, r.between(0, 100)]), benefitByMonth: { [cairoMonth(NOW)]: used } };
};
const sum = (lines: readonly ClaimAmounts[], key: keyof ClaimAmounts): number => lines.reduce((s, l) => s + l[key], 0);

const checkApproved = (card: ExistingMedCardState, claim: PrescriptionClaimInput, result: ApprovedAdjudication): void => {
  const remaining = Math.max(0, card.monthlyLimit - (card.benefitByMonth[cairoMonth(NOW)] ?? 0));
  let capped = false;
  result.lines.forEach((l, i) => {
    const submittedLine = claim.lines[i]!;
    for (const v of [l.submitted, l.eligible, l.copay, l.benefit]) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
    expect(l.benefit + l.copay).toBe(l.eligible);
    expect(l.submitted).toBe(submittedLine.totalPrice);
    const uncapped = l.eligible - copayOf(l.eligible, card.copaymentPercent);
    // Round half up: the copay is within half a piaster of the exact share, ties going to the patient.
    const exact = BigInt(l.eligible) * BigInt(card.copaymentPercent);
    const diff = BigInt(l.eligible - uncapped) * 100n - exact;
    expect(diff >= -49n && diff <= 50n).toBe(true);
    if (l.limitedByMonthlyLimit) expect([l.uncappedBenefit > l.benefit, l.uncappedBenefit]).toEqual([true, uncapped]);
    else expect(l.benefit).toBe(uncapped);
    // Allocation in line order: after the first capped line nothing is left for the following ones.
    if (capped) expect(l.benefit).toBe(0);
    capped ||= l.limitedByMonthlyLimit;
  });
  for (const key of ['submitted', 'eligible', 'copay', 'benefit'] as const) expect(result.total[key]).toBe(sum(result.lines, key));
  expect(result.total.submitted).toBe(claim.submittedTotal);
  expect(result.total.benefit + result.total.copay).toBe(result.total.eligible);
  expect(result.remainingBefore).toBe(remaining);
  expect(result.total.benefit).toBeLessThanOrEqual(remaining);
  expect(result.coverage === 'partial').toBe(capped);
  if (capped) expect(result.total.benefit).toBe(remaining);
};

describe('adjudicate: properties over pseudo-random cards and claims', () => {
  it.each(SEEDS)('seed %i: amounts add up per line and in total, never negative, never above the remaining limit', (seed) => {
    const r = lcg(seed);
    const outcomes = new Set<string>();
    for (let i = 0; i < 1_000; i++) {
      const card = randomCard(r);
      const claim = randomClaim(r, `rx-${i}`);
      const result = adjudicate(card, claim, NOW);
      const remaining = Math.max(0, card.monthlyLimit - (card.benefitByMonth[cairoMonth(NOW)] ?? 0));
      if (result.outcome === 'rejected') {
        expect([result.code, remaining]).toEqual(['MONTHLY_LIMIT_EXHAUSTED', 0]);
        outcomes.add(result.code);
      } else {
        checkApproved(card, claim, result);
        outcomes.add(result.coverage);
      }
      expect(adjudicate(card, claim, NOW)).toEqual(result); // deterministic
    }
    expect([...outcomes].sort()).toEqual(['MONTHLY_LIMIT_EXHAUSTED', 'full', 'partial']);
  });

  it.each(SEEDS)('seed %i: after any sequence of claims, no Cairo month pays more than the monthly limit', (seed) => {
    const r = lcg(seed);
    const monthlyLimit = r.between(50_000, 400_000);
    let state = stateFrom([ev.issued({ monthlyLimit, copaymentPercent: r.pick([0, 10, 20, 30]) }), ev.activated()]);
    let now = Date.parse(NOW);
    const paid: Record<string, number> = {};
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      now += r.between(1, 36) * 3_600_000; // up to a day and a half between claims: months roll over
      const at = new Date(now).toISOString();
      const events: MedCardEvent[] = decideMedCard(cmd.submit(randomClaim(r, `rx-${i}`, `rx${i}-`, 2_000), at), state);
      for (const e of events) {
        state = evolveMedCard(state, e);
        if (e.type === 'PrescriptionClaimApproved') paid[e.data.month] = (paid[e.data.month] ?? 0) + e.data.total.benefit;
        seen.add(e.type === 'PrescriptionClaimApproved' ? e.data.coverage : e.type === 'PrescriptionClaimRejected' ? e.data.code : e.type);
      }
    }
    if (state.status === 'none') throw new Error('no card');
    expect(state.benefitByMonth).toEqual(paid);
    expect(Object.keys(paid).length).toBeGreaterThan(5);
    expect([...seen].sort()).toEqual(['MONTHLY_LIMIT_EXHAUSTED', 'full', 'partial']);
    for (const total of Object.values(paid)) expect(total).toBeLessThanOrEqual(monthlyLimit);
  });
});
