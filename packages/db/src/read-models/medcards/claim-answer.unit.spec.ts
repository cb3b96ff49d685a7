import { describe, expect, it } from 'vitest';
import { CLAIM_VIEW_SCHEMA, claimResult } from '../../contracts/claim-view';
import { checkedClaimAnswer, claimAnswerOf } from './claim-answer';
import type { PrescriptionClaimDoc } from './claim-doc';

const claimAnswerJson = (d: PrescriptionClaimDoc): string => JSON.stringify(claimAnswerOf(d));

const line = {
  lineNo: 1, drugCode: 'EG-NEX40', drugName: 'Nexium 40 mg', quantity: 1, unitPrice: 15_600, totalPrice: 15_600, daysSupply: 30,
  submitted: 15_600, eligible: 0, copay: 0, benefit: 0, limitedByMonthlyLimit: false, uncappedBenefit: null,
  rejectionCode: 'REFILL_TOO_SOON' as const, rejectionDetails: { earliestRefillDate: '2026-12-20', drugCode: 'EG-NEX40' },
};
const doc: PrescriptionClaimDoc = {
  cardId: 'HP-1', prescriptionId: 'RX-1', pharmacyId: 'ph-1', beneficiaryId: 'b-1', status: 'rejected', rejectionCode: 'REFILL_TOO_SOON',
  rejectionDetails: { earliestRefillDate: '2026-12-20', lines: [{ index: 0, drugCode: 'EG-NEX40' }] }, month: '2026-12',
  submitted: 15_600, eligible: 0, copay: 0, benefit: 0, remainingBefore: null, tier: null, copaymentPercent: null, overridesUsed: [],
  version: 3, decidedAt: '2026-12-06T10:00:00+02:00', reversal: null, lines: [line],
};

describe('a claim answer as stored with its row', () => {
  it('has the keys of the API answer in its order, the details in the order jsonb gives them back', () => {
    const a = claimAnswerOf(doc);
    expect(Object.keys(a)).toEqual(['cardId', 'prescriptionId', 'pharmacyId', 'beneficiaryId', 'status', 'rejection', 'month', 'submitted', 'eligible',
      'copay', 'benefit', 'remainingBefore', 'remainingAfter', 'overridesUsed', 'decidedAt', 'reversal', 'lines']);
    expect(JSON.stringify(a.rejection?.details)).toBe('{"lines":[{"index":0,"drugCode":"EG-NEX40"}],"earliestRefillDate":"2026-12-20"}');
    expect(Object.keys(a.lines[0]?.rejection?.details ?? {})).toEqual(['drugCode', 'earliestRefillDate']);
  });

  it('writes instants as the timestamptz column reads back (toISOString) and derives what the columns derived', () => {
    const a = claimAnswerOf({
      ...doc, status: 'reversed', rejectionCode: null, rejectionDetails: null, remainingBefore: 50_000, benefit: 10_920,
      overridesUsed: [{ overrideId: 'o-1', drugCode: 'EG-NEX40', extra: 1 } as never],
      reversal: { at: '2026-12-06T12:00:00Z', reason: 'OTHER', note: null, by: 'u-1', byKind: 'staff', walletCopayRefunded: undefined as never },
    });
    expect(a.decidedAt).toBe('2026-12-06T08:00:00.000Z');
    expect(a.rejection).toBeNull();
    expect(a.remainingAfter).toBe(39_080);
    expect(a.overridesUsed).toEqual([{ overrideId: 'o-1', drugCode: 'EG-NEX40' }]);
    expect(a.reversal).toEqual({ at: '2026-12-06T12:00:00.000Z', reason: 'OTHER', note: null, by: 'u-1', byKind: 'staff', walletCopayRefunded: 0 });
    // As the reversal columns read back: nobody named, no reversal.
    expect(claimAnswerOf({ ...doc, reversal: { at: '2026-12-06T12:00:00.000Z', reason: 'OTHER', note: null, by: '', byKind: 'staff', walletCopayRefunded: 0 } }).reversal).toBeNull();
  });

  it('is stored as the claim view schema gives it back, with that schema\'s version', () => {
    const a = checkedClaimAnswer(doc);
    expect(a).toEqual({ text: claimAnswerJson(doc), schema: CLAIM_VIEW_SCHEMA });
    expect(a.text).toBe(JSON.stringify(claimResult.parse(JSON.parse(a.text))));
  });

  it.each([
    ['a negative amount', { ...doc, benefit: -1 }],
    ['an amount a double cannot hold exactly', { ...doc, submitted: 2 ** 53 + 2 }],
    ['a fraction', { ...doc, lines: [{ ...line, unitPrice: 31.5 }] }],
  ])('is stored unchecked (no version: parsed and refused on read) with %s', (_what, bad) => {
    expect(checkedClaimAnswer(bad)).toEqual({ text: claimAnswerJson(bad), schema: null });
  });
});
