import { describe, expect, it } from 'vitest';
import { cairoDay } from '../shared/cairo-time';
import { DomainError } from '../shared/errors';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { run, stateFrom } from '../testing/medcard-events';
import { CHILD, FATHER, MOTHER, SPOUSE, as, claimOf, line } from '../testing/medcard-fixtures';
import { lcg } from '../testing/prng';
import type { PrescriptionClaimInput } from './claim';
import type { MedCardCommand } from './commands';
import { decideMedCard } from './decide';
import type { MedCardEvent } from './events';
import { evolveMedCard } from './evolve';
import { remainingMonthlyBenefit } from './monthly-benefit';
import type { MedCardState } from './state';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const MEMBERS = [as('spouse', SPOUSE), as('child', CHILD), as('parent', FATHER), as('parent', MOTHER), as('spouse', MOTHER)];
/** A pool small enough for refills to collide, large enough for most claims to be adjudicated on amounts. */
const DRUGS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];
const existing = (s: MedCardState) => {
  if (s.status === 'none') throw new Error('card vanished');
  return s;
};

/** Checks one accepted event against the state it was decided on. */
const checkEvent = (before: MedCardState, e: MedCardEvent, at: string): void => {
  const card = existing(before);
  if (e.type !== 'PrescriptionClaimApproved') return;
  const { lines, total, remainingBefore, overridesUsed, claim } = e.data;
  expect(remainingBefore).toBe(remainingMonthlyBenefit(card, at));
  for (const l of lines) expect([l.benefit >= 0, l.copay >= 0, l.benefit + l.copay]).toEqual([true, true, l.eligible]);
  expect(total.benefit).toBeLessThanOrEqual(remainingBefore);
  expect(total.benefit + (card.benefitByMonth[e.data.month] ?? 0)).toBeLessThanOrEqual(card.monthlyLimit);
  // Refill rule: nothing paid before its refill date unless a live override was used for it; an early line
  // without one is rejected on its own and pays nothing.
  claim.lines.forEach(({ drugCode }, index) => {
    const last = card.dispensing.get(drugCode);
    const early = last !== undefined && cairoDay(at) < last.earliestRefillDate;
    const rejected = (e.data.rejectedLines ?? []).some((r) => r.index === index && r.code === 'REFILL_TOO_SOON');
    expect(early).toBe(overridesUsed.some((o) => o.drugCode === drugCode) || rejected);
    if (rejected) expect(lines[index]).toMatchObject({ eligible: 0, copay: 0, benefit: 0 });
  });
};

const run1 = (seed: number, steps: number): Set<string> => {
  const r = lcg(seed);
  // Valid for ten years, so that expiry does not end the run early (it has its own specs).
  let state = stateFrom(run([cmd.changeMonthlyLimit(60_000)], [ev.issued({ insurance: ev.INSURANCE, expiresAt: '2036-11-22T08:00:00Z' }), ev.activated()]));
  let now = Date.parse('2026-11-22T08:00:00.000Z');
  const claims: PrescriptionClaimInput[] = [];
  const seen = new Set<string>();
  for (let step = 0; step < steps; step++) {
    // Mostly minutes apart, sometimes days: refill dates and Cairo months go by.
    now += r.chance(1, 8) ? r.between(1, 10) * 24 * HOUR : r.between(1, 180) * 60_000;
    const at = iso(now);
    const card = existing(state);
    const who = r.pick(['b-self', ...Object.keys(card.beneficiaries), 'b-spouse', 'b-nobody']);
    const fresh = claimOf(`rx-${step}`, who, r.pick([[r.pick(DRUGS)], DRUGS.slice(0, r.between(1, 3))]).map((d) => line(d, r.between(1, 4), r.between(100, 15_000), r.pick([3, 7, 7, 30]))));
    const old = claims.length > 0 ? r.pick(claims) : fresh;
    const claimIds = Object.keys(card.insuranceClaims);
    const commands: MedCardCommand[] = [
      ...Array<MedCardCommand>(8).fill(cmd.submit(fresh, at)),
      cmd.submit(old, at), // idempotent repeat or a re-adjudication of a rejection
      cmd.submit({ ...old, beneficiaryId: old.beneficiaryId === 'b-self' ? 'b-spouse' : 'b-self' }, at), // DUPLICATE_PRESCRIPTION when approved
      cmd.submit({ ...old, pharmacyId: 'other' }, at), // another pharmacy's claim under the same id: adjudicated anew
      cmd.reverse(old.prescriptionId, {}, at), // staff takes an approval back (or: rejected, unknown, already reversed)
      // Mostly for a drug already dispensed, where an override can matter.
      cmd.grantOverride(r.pick([...card.dispensing.keys(), 'A']), iso(now + r.between(1, 72) * HOUR), at, `ov-${step}`),
      cmd.addBeneficiary(r.pick(MEMBERS), at),
      cmd.removeBeneficiary(r.pick(['b-self', ...Object.keys(card.beneficiaries)]), at),
      r.pick([cmd.changeMonthlyLimit(r.pick([20_000, 60_000, 90_000]), at), cmd.changeCopayment(r.pick([0, 15, 20, 35]), at), cmd.changeTier(r.pick(['silver', 'gold', 'platinum'] as const), { monthlyLimit: 70_000 }, at)]),
      cmd.suspend('review', at),
      cmd.fileInsurance(`ic-${step}`, r.between(1, 5_000), {}, at),
      r.pick([cmd.approveInsurance(r.pick([...claimIds, 'ic-x']), r.between(1, 5_000), at), cmd.returnInsurance(r.pick([...claimIds, 'ic-x']), 'fix', at), cmd.resubmitInsurance(r.pick([...claimIds, 'ic-x']), {}, at)]),
    ];
    // A suspended card is usually reactivated soon, so that most steps hit an active card.
    const command = card.status === 'suspended' && r.chance(1, 2) ? cmd.reactivate(at) : r.pick(commands);
    const before = state;
    try {
      const events = decideMedCard(command, state);
      if (command.type === 'SubmitPrescriptionClaim' && events.length === 0) seen.add('idempotent');
      for (const e of events) {
        checkEvent(state, e, at);
        state = evolveMedCard(state, e);
        seen.add(e.type === 'PrescriptionClaimRejected' ? e.data.code : e.type === 'PrescriptionClaimApproved' ? `${e.type}:${e.data.coverage}` : e.type);
        if (e.type === 'PrescriptionClaimApproved' && e.data.overridesUsed.length > 0) seen.add('override used');
      }
      if (command.type === 'SubmitPrescriptionClaim' && events.length > 0) claims.push(command.data.claim);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      seen.add(error.code);
      expect(state).toBe(before); // a rejection changes nothing
    }
    const s = existing(state);
    expect(Object.values(s.beneficiaries).filter((b) => b.relationship === 'self')).toHaveLength(1);
    expect(new Set(Object.values(s.beneficiaries).map((b) => b.nationalId)).size).toBe(Object.keys(s.beneficiaries).length);
  }
  return seen;
};

describe('MedCard invariants over pseudo-random command sequences', () => {
  it.each([1, 42, 2026, 0xdeadbeef])('seed %i: amounts add up, months stay within their limit, refills and membership rules hold', (seed) => {
    const seen = run1(seed, 2_000);
    // Guard against a vacuous run: the sequence must exercise acceptances and the main rejections.
    for (const expected of [
      'PrescriptionClaimApproved:full', 'PrescriptionClaimApproved:partial', 'MONTHLY_LIMIT_EXHAUSTED', 'REFILL_TOO_SOON', 'override used',
      'BENEFICIARY_NOT_ON_CARD', 'CARD_NOT_ACTIVE', 'idempotent', 'DUPLICATE_PRESCRIPTION', 'BeneficiaryAdded', 'BeneficiaryRemoved',
      'HOLDER_NOT_REMOVABLE', 'BENEFICIARY_LIMIT_REACHED', 'TierChanged', 'InsuranceClaimApproved', 'InsuranceClaimResubmitted',
      'INVALID_STATE_TRANSITION', 'INSURANCE_CLAIM_NOT_FOUND',
    ]) {
      expect(seen, `never saw ${expected}`).toContain(expected);
    }
  });
});
