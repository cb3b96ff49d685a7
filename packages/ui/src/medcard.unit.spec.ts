import { describe, expect, it } from 'vitest';
import { claimRejectionText, claimStatusTone, lineRejectionText, medcardStatusTone, refillBlockedDrugs, rejectedLines } from './medcard';

describe('claimRejectionText', () => {
  it('explains each recorded rejection in plain words', () => {
    expect(claimRejectionText({ code: 'CARD_NOT_ACTIVE', details: { status: 'suspended' } })).toContain('suspended');
    expect(claimRejectionText({ code: 'CARD_EXPIRED', details: { expiresAt: '2026-01-10T10:00:00.000Z' } })).toMatch(/expired on .*Jan.*10|10 Jan/);
    expect(claimRejectionText({ code: 'BENEFICIARY_NOT_ON_CARD', details: { reason: 'CHILD_AGE_LIMIT' } })).toContain('age 26');
    expect(claimRejectionText({ code: 'BENEFICIARY_NOT_ON_CARD', details: { reason: 'NOT_A_MEMBER' } })).toContain('not covered');
    const refill = claimRejectionText({
      code: 'REFILL_TOO_SOON',
      details: { earliestRefillDate: '2026-12-05', lines: [{ index: 0, drugCode: 'EG-NEX40', earliestRefillDate: '2026-12-05' }] },
    });
    expect(refill).toContain('EG-NEX40 was dispensed');
    expect(refill).toMatch(/Dec.*2026/);
    expect(claimRejectionText({ code: 'MONTHLY_LIMIT_EXHAUSTED', details: { monthlyLimit: 200_000, used: 200_000 } })).toMatch(/EGP\s2,000\.00/);
  });

  it('never fails on codes or details it does not know', () => {
    expect(claimRejectionText({ code: 'SOMETHING_NEW', details: {} })).toContain('SOMETHING_NEW');
    expect(claimRejectionText({ code: 'REFILL_TOO_SOON', details: { lines: 'x' } })).toContain('A drug on this prescription');
    expect(refillBlockedDrugs({ lines: [null, { drugCode: 'A' }, { drugCode: 3 }] })).toEqual(['A']);
  });
});

it('gives statuses colours', () => {
  expect(medcardStatusTone('active')).toBe('green');
  expect(medcardStatusTone('expired')).toBe('red');
  expect(claimStatusTone('partial')).toBe('amber');
});

describe('lineRejectionText', () => {
  it('says a line was not paid, why, and from when it can be claimed again', () => {
    const text = lineRejectionText({ code: 'REFILL_TOO_SOON', details: { earliestRefillDate: '2026-12-22' } });
    expect(text).toMatch(/^Not paid by the card: too soon to refill\. It can be claimed again from .*22.*Dec|Dec.*22/);
    expect(lineRejectionText({ code: 'SOMETHING_NEW', details: {} })).toBe('Not paid by the card (SOMETHING_NEW).');
  });

  it('rejectedLines keeps only the lines rejected on their own', () => {
    const lines = [{ lineNo: 1, rejection: { code: 'REFILL_TOO_SOON', details: {} } }, { lineNo: 2, rejection: null }];
    expect(rejectedLines({ lines }).map((l) => l.lineNo)).toEqual([1]);
  });
});
