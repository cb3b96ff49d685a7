import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import { activeHistory, given, run, stateFrom } from '../testing/medcard-events';
import { PHARMACY_ID, claimOf, line } from '../testing/medcard-fixtures';
import type { PrescriptionClaimInput } from './claim';
import { previewPrescriptionClaim } from './preview-prescription';
import { findPrescriptionClaim } from './queries';

/** Issue 10 item 7b: a claim is (card, pharmacy, prescription); another pharmacy never learns the ids used. */
const atA = claimOf('rx-1', 'b-self', [line('A', 1, 25_000)]);
const atB = (claim: PrescriptionClaimInput): PrescriptionClaimInput => ({ ...claim, pharmacyId: 'pharmacy-b' });
const claimedAtA = () => run([cmd.submit(atA)], activeHistory());

describe('the same prescription id at two pharmacies', () => {
  it('is a new claim at pharmacy B: adjudicated normally, not DUPLICATE_PRESCRIPTION', () => {
    const [event] = given(claimedAtA()).when(cmd.submit(atB(claimOf('rx-1', 'b-self', [line('B', 1, 10_000)])))).events();
    expect(event).toMatchObject({ type: 'PrescriptionClaimApproved', data: { claim: { pharmacyId: 'pharmacy-b', prescriptionId: 'rx-1' } } });
  });

  it('the preview at B is a normal adjudication too', () => {
    const state = stateFrom(claimedAtA());
    const body = atB(claimOf('rx-1', 'b-self', [line('B', 1, 10_000)]));
    expect(previewPrescriptionClaim(cmd.submit(body), state)).toMatchObject({ outcome: 'approved', claim: { pharmacyId: 'pharmacy-b' } });
  });

  it('the refill rule still holds across pharmacies: the same drug at B too soon is REFILL_TOO_SOON', () => {
    const [event] = given(claimedAtA()).when(cmd.submit(atB(atA))).events();
    expect(event).toMatchObject({ type: 'PrescriptionClaimRejected', data: { code: 'REFILL_TOO_SOON', claim: { pharmacyId: 'pharmacy-b' } } });
  });

  it('at A itself: the same body is an idempotent repeat, another body DUPLICATE_PRESCRIPTION', () => {
    given(claimedAtA()).when(cmd.submit(atA)).then([]);
    given(claimedAtA()).when(cmd.submit(claimOf('rx-1', 'b-self', [line('C', 1, 1_000)]))).thenThrows('DUPLICATE_PRESCRIPTION');
  });

  it('both claims are on record, each under its pharmacy', () => {
    const both = run([cmd.submit(atB(claimOf('rx-1', 'b-self', [line('B', 1, 10_000)])))], claimedAtA());
    expect(findPrescriptionClaim(stateFrom(both), PHARMACY_ID, 'rx-1')?.claim.lines[0]?.drugCode).toBe('A');
    expect(findPrescriptionClaim(stateFrom(both), 'pharmacy-b', 'rx-1')?.claim.lines[0]?.drugCode).toBe('B');
  });
});
