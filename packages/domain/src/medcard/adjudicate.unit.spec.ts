import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { activeHistory, run, stateFrom } from '../testing/medcard-events';
import { EXPIRES_AT, T0, claimOf, line } from '../testing/medcard-fixtures';
import { snapshotOf } from '../testing/state-snapshot';
import { adjudicate } from './adjudicate';
import type { PrescriptionClaimInput } from './claim';
import { normalizeClaim } from './claim-validation';
import type { MedCardState } from './state';
import type { ExistingMedCardState } from './types';

const card = (state: MedCardState): ExistingMedCardState => {
  if (state.status === 'none') throw new Error('no card');
  return state;
};
const rx = (beneficiaryId = 'b-self', drug = 'A'): PrescriptionClaimInput => claimOf('rx-9', beneficiaryId, [line(drug, 1, 10_000)]);

describe('adjudicate', () => {
  it('checks in a fixed order: expiry, status, beneficiary, refills, then the monthly limit', () => {
    const used = card(stateFrom(run([cmd.changeMonthlyLimit(8_000), cmd.submit(claimOf('rx-1', 'b-self', [line('A', 1, 10_000)]))], activeHistory())));
    // Everything is wrong at once: the card suspended and past expiry, a stranger, drug A too soon, nothing left.
    const everythingWrong = { ...used, status: 'suspended' as const };
    expect(adjudicate(everythingWrong, rx('b-nobody'), EXPIRES_AT)).toMatchObject({ code: 'CARD_EXPIRED' });
    expect(adjudicate(everythingWrong, rx('b-nobody'), T0)).toMatchObject({ code: 'CARD_NOT_ACTIVE' });
    expect(adjudicate(used, rx('b-nobody'), T0)).toMatchObject({ code: 'BENEFICIARY_NOT_ON_CARD' });
    expect(adjudicate(used, rx(), T0)).toMatchObject({ code: 'REFILL_TOO_SOON' });
    expect(adjudicate(used, rx('b-self', 'B'), T0)).toMatchObject({ code: 'MONTHLY_LIMIT_EXHAUSTED' });
  });

  it('throws on malformed input before looking at the card', () => {
    const expired = card(stateFrom([...activeHistory(), ev.expired()]));
    expect(() => adjudicate(expired, { ...rx(), submittedTotal: 1 }, T0)).toThrow('submittedTotal');
  });

  it('does not modify the card or the claim it is given', () => {
    const state = card(stateFrom(activeHistory()));
    const claim = rx();
    const [before, claimBefore] = [snapshotOf(state), structuredClone(claim)];
    adjudicate(Object.freeze(state), Object.freeze(claim), T0);
    expect([state, claim]).toEqual([before, claimBefore]);
  });
});

describe('normalizeClaim', () => {
  it('applies the 30-day default supply and keeps only known fields', () => {
    const input = { ...rx(), extra: 'x', lines: [{ ...line('A', 1, 10_000), note: 'y' }] } as unknown as PrescriptionClaimInput;
    expect(normalizeClaim(input)).toEqual({
      prescriptionId: 'rx-9',
      pharmacyId: 'pharmacy-1',
      beneficiaryId: 'b-self',
      lines: [{ drugCode: 'A', drugName: 'Drug A', quantity: 1, unitPrice: 10_000, totalPrice: 10_000, daysSupply: 30 }],
      submittedTotal: 10_000,
    });
  });

  it('refuses totals beyond exact integer arithmetic', () => {
    const huge = line('A', 2, 2 ** 52);
    expect(() => normalizeClaim(claimOf('rx', 'b', [huge]))).toThrow('invalid (TOTAL_PRICE)');
    const big = [line('A', 1, 2 ** 52), line('B', 1, 2 ** 52)];
    expect(() => normalizeClaim(claimOf('rx', 'b', big))).toThrow('submittedTotal');
  });
});
