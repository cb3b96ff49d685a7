import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { run, stateFrom } from '../testing/medcard-events';
import { claimOf, line } from '../testing/medcard-fixtures';
import { lcg } from '../testing/prng';
import type { PrescriptionClaimInput } from './claim';
import type { MedCardCommand } from './commands';
import { decideMedCard } from './decide';
import { evolveMedCard } from './evolve';
import { previewPrescriptionClaim } from './preview-prescription';
import { findPrescriptionClaim } from './queries';
import type { MedCardState } from './state';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { error: error.code, details: error.details };
  }
};
/** What submit records: decide, append (fold), then read the answer of record, as the API's submit does. */
const submitted = (command: Extract<MedCardCommand, { type: 'SubmitPrescriptionClaim' }>, state: MedCardState) =>
  findPrescriptionClaim(decideMedCard(command, state).reduce(evolveMedCard, state), command.data.claim.pharmacyId, command.data.claim.prescriptionId);

describe('previewPrescriptionClaim says what submit will say', () => {
  it.each([7, 99, 2026])('seed %i: for generated cards and claims, preview equals the answer submit records (or the same error)', (seed) => {
    const r = lcg(seed);
    let state = stateFrom(run([cmd.changeMonthlyLimit(40_000)], [ev.issued({ expiresAt: '2030-01-01T00:00:00Z' }), ev.activated()]));
    let now = Date.parse('2026-11-22T08:00:00.000Z');
    const claims: PrescriptionClaimInput[] = [];
    const seen = new Set<string>();
    for (let step = 0; step < 400; step++) {
      now += r.chance(1, 6) ? r.between(1, 12) * DAY : r.between(1, 120) * 60_000;
      const at = iso(now);
      const fresh = claimOf(`rx-${step}`, r.pick(['b-self', 'b-self', 'b-nobody']), ['A', 'B', 'C', 'D'].slice(0, r.between(1, 4)).map((d) => line(d, r.between(1, 3), r.between(100, 9_000), r.pick([3, 7, 30]))));
      const old = claims.length > 0 ? r.pick(claims) : fresh;
      const claim = r.pick([fresh, fresh, old, { ...old, lines: old.lines.slice(0, 1), submittedTotal: old.lines[0]!.totalPrice }, { ...fresh, submittedTotal: 1 }]);
      const command = cmd.submit(claim, at);
      const preview = outcome(() => previewPrescriptionClaim(command, state));
      expect(preview).toEqual(outcome(() => submitted(command, state)));
      seen.add(preview.error ?? (preview.value as { outcome: string }).outcome);
      // Then really submit (sometimes also change the card), so the next preview meets a new state.
      const next: MedCardCommand = r.chance(1, 10) ? r.pick([cmd.grantOverride(r.pick(['A', 'B']), iso(now + DAY), at, `ov-${step}`), cmd.changeMonthlyLimit(r.pick([10_000, 40_000]), at), cmd.suspend('x', at), cmd.reactivate(at)]) : command;
      try {
        state = decideMedCard(next, state).reduce(evolveMedCard, state);
        if (next === command) claims.push(claim);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    for (const expected of ['approved', 'rejected', 'DUPLICATE_PRESCRIPTION', 'INVALID_CLAIM']) expect(seen, `never saw ${expected}`).toContain(expected);
  });
});
