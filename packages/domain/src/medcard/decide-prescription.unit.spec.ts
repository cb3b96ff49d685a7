import { describe, expect, it } from 'vitest';
import * as cmd from '../testing/medcard-commands';
import * as ev from '../testing/medcard-events';
import { activeHistory, given, pendingHistory, run } from '../testing/medcard-events';
import { ADULT_CHILD, CARD_ID, CHILD, EXPIRES_AT, PHARMACY_ID, T0, as, claimOf, line } from '../testing/medcard-fixtures';
import type { MedCardEvent } from './events';

/** A: 2 × 123.45 EGP, B: 1 × 50.01 EGP. On a gold card (20%): A copay 49.38, B copay 10.00 (10.002 rounded). */
const rx1 = claimOf('rx-1', 'b-self', [line('A', 2, 12_345), line('B', 1, 5_001)]);
const normalised = { ...rx1, lines: rx1.lines.map((l) => ({ ...l, daysSupply: 30 })) };
const rejectedWith = (code: string, details: Record<string, unknown>, at = T0): MedCardEvent[] => [
  { type: 'PrescriptionClaimRejected', data: { cardId: CARD_ID, claim: normalised, code, details, at } } as MedCardEvent,
];
const withLimit = (monthlyLimit: number): MedCardEvent[] => [ev.issued({ monthlyLimit }), ev.activated()];

describe('SubmitPrescriptionClaim', () => {
  describe('when active', () => {
    it('approves in full: per-line and total amounts, the terms applied and the Cairo month', () =>
      given(activeHistory()).when(cmd.submit(rx1)).then([
        {
          type: 'PrescriptionClaimApproved',
          data: {
            cardId: CARD_ID,
            claim: { prescriptionId: 'rx-1', pharmacyId: PHARMACY_ID, beneficiaryId: 'b-self', lines: normalised.lines, submittedTotal: 29_691 },
            coverage: 'full',
            month: '2026-11',
            remainingBefore: 500_000,
            lines: [
              { drugCode: 'A', submitted: 24_690, eligible: 24_690, copay: 4_938, benefit: 19_752, limitedByMonthlyLimit: false },
              { drugCode: 'B', submitted: 5_001, eligible: 5_001, copay: 1_000, benefit: 4_001, limitedByMonthlyLimit: false },
            ],
            rejectedLines: [],
            total: { submitted: 29_691, eligible: 29_691, copay: 5_938, benefit: 23_753 },
            overridesUsed: [],
            terms: { tier: 'gold', monthlyLimit: 500_000, copaymentPercent: 20 },
            at: T0,
          },
        },
      ]));

    it('approves partially when the remaining limit is below the benefit: lines in order, patient share grows', () => {
      const [event] = given(withLimit(20_000)).when(cmd.submit(rx1)).events();
      expect(event).toMatchObject({
        type: 'PrescriptionClaimApproved',
        data: {
          coverage: 'partial',
          remainingBefore: 20_000,
          lines: [
            { drugCode: 'A', eligible: 24_690, copay: 4_938, benefit: 19_752, limitedByMonthlyLimit: false },
            { drugCode: 'B', eligible: 5_001, copay: 4_753, benefit: 248, limitedByMonthlyLimit: true, uncappedBenefit: 4_001 },
          ],
          total: { submitted: 29_691, eligible: 29_691, copay: 9_691, benefit: 20_000 },
        },
      });
    });

    it('caps the first line too when the remaining limit is smaller than it; later lines get 0', () => {
      const history = run([cmd.submit(claimOf('rx-0', 'b-self', [line('Z', 1, 12_500)]))], withLimit(20_000)); // benefit 10,000
      const [event] = given(history).when(cmd.submit(rx1)).events();
      expect(event?.type === 'PrescriptionClaimApproved' && event.data.lines).toEqual([
        { drugCode: 'A', submitted: 24_690, eligible: 24_690, copay: 14_690, benefit: 10_000, limitedByMonthlyLimit: true, uncappedBenefit: 19_752 },
        { drugCode: 'B', submitted: 5_001, eligible: 5_001, copay: 5_001, benefit: 0, limitedByMonthlyLimit: true, uncappedBenefit: 4_001 },
      ]);
    });

    it('records MONTHLY_LIMIT_EXHAUSTED once nothing remains', () => {
      const used = run([cmd.submit(claimOf('rx-0', 'b-self', [line('Z', 1, 25_000)]))], withLimit(20_000));
      given(used).when(cmd.submit(rx1)).then(rejectedWith('MONTHLY_LIMIT_EXHAUSTED', { month: '2026-11', monthlyLimit: 20_000, used: 20_000 }));
    });

    it('records BENEFICIARY_NOT_ON_CARD for an unknown or removed member', () => {
      const stranger = { ...rx1, beneficiaryId: 'b-nobody' };
      expect(given(activeHistory()).when(cmd.submit(stranger)).events()[0]).toMatchObject({
        type: 'PrescriptionClaimRejected',
        data: { code: 'BENEFICIARY_NOT_ON_CARD', details: { beneficiaryId: 'b-nobody', reason: 'NOT_A_MEMBER' } },
      });
      const removed = run([cmd.addBeneficiary(as('child', CHILD)), cmd.removeBeneficiary('b-child')], activeHistory());
      expect(given(removed).when(cmd.submit({ ...rx1, beneficiaryId: 'b-child' })).events()[0]?.data).toMatchObject({ code: 'BENEFICIARY_NOT_ON_CARD' });
    });

    it('a listed child stops being covered on their 26th birthday (Cairo day)', () => {
      const history = run([cmd.addBeneficiary(as('child', ADULT_CHILD))], [ev.issued({ expiresAt: '2029-01-01T00:00:00Z' }), ev.activated()]);
      const claim = { ...rx1, beneficiaryId: 'b-child2' };
      expect(given(history).when(cmd.submit(claim, '2028-05-04T10:00:00Z')).events()[0]?.type).toBe('PrescriptionClaimApproved');
      expect(given(history).when(cmd.submit(claim, '2028-05-05T10:00:00Z')).events()[0]?.data).toMatchObject({
        code: 'BENEFICIARY_NOT_ON_CARD',
        details: { beneficiaryId: 'b-child2', reason: 'CHILD_AGE_LIMIT' },
      });
    });

    it('records CARD_EXPIRED from the expiry instant, before ExpireMedCard runs', () => {
      expect(given(activeHistory()).when(cmd.submit(rx1, '2027-11-22T07:59:59.999Z')).events()[0]?.type).toBe('PrescriptionClaimApproved');
      given(activeHistory()).when(cmd.submit(rx1, EXPIRES_AT)).then(rejectedWith('CARD_EXPIRED', { expiresAt: EXPIRES_AT }, EXPIRES_AT));
    });
  });

  describe.each([
    ['pending', pendingHistory(), 'CARD_NOT_ACTIVE', { status: 'pending' }],
    ['suspended', [...activeHistory(), ev.suspended()], 'CARD_NOT_ACTIVE', { status: 'suspended' }],
    ['closed', [...activeHistory(), ev.closed()], 'CARD_NOT_ACTIVE', { status: 'closed' }],
    ['expired', [...activeHistory(), ev.expired()], 'CARD_EXPIRED', { expiresAt: EXPIRES_AT }],
  ])('when %s', (_status, history, code, details) => {
    it(`records ${code} for the pharmacy and the audit trail`, () => given(history).when(cmd.submit(rx1)).then(rejectedWith(code, details)));
  });

  describe('malformed claims are thrown, whatever the card status, and record nothing', () => {
    const withLine = (patch: object, index = 1) => ({ ...rx1, lines: rx1.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) });
    it.each([
      [{ quantity: 0, totalPrice: 0 }, 'QUANTITY'],
      [{ quantity: -1, totalPrice: -5_001 }, 'QUANTITY'],
      [{ quantity: 1.5, totalPrice: 7_501.5 }, 'QUANTITY'],
      [{ unitPrice: 0, totalPrice: 0 }, 'UNIT_PRICE'],
      [{ unitPrice: 50.01, totalPrice: 50.01 }, 'UNIT_PRICE'],
      [{ totalPrice: 5_000 }, 'TOTAL_PRICE'],
      [{ daysSupply: 0 }, 'DAYS_SUPPLY'],
      [{ daysSupply: 366 }, 'DAYS_SUPPLY'],
      [{ daysSupply: 2.5 }, 'DAYS_SUPPLY'],
      [{ drugCode: ' ' }, 'DRUG'],
      [{ drugName: '' }, 'DRUG'],
      [{ drugCode: 'A' }, 'DUPLICATE_DRUG_CODE'],
    ])('line %o → INVALID_LINE (%s) with the line index', (patch, reason) => {
      const claim = withLine(patch);
      const fixed = { ...claim, submittedTotal: claim.lines.reduce((s, l) => s + l.totalPrice, 0) };
      given(activeHistory()).when(cmd.submit(fixed)).thenThrows('INVALID_LINE', { index: 1, reason });
      given([...activeHistory(), ev.suspended()]).when(cmd.submit(fixed)).thenThrows('INVALID_LINE');
    });
    it.each([
      [{ lines: [] }, 'NO_LINES'],
      [{ submittedTotal: 29_690 }, 'TOTAL_MISMATCH'],
      [{ prescriptionId: '' }, 'MISSING_ID'],
      [{ beneficiaryId: ' ' }, 'MISSING_ID'],
    ])('claim %o → INVALID_CLAIM (%s)', (patch, reason) =>
      given(activeHistory()).when(cmd.submit({ ...rx1, ...patch })).thenThrows('INVALID_CLAIM', expect.objectContaining({ reason })));
  });

  describe('when none', () => {
    it('cannot record anything: CARD_NOT_FOUND', () => given([]).when(cmd.submit(rx1)).thenThrows('CARD_NOT_FOUND', { cardId: CARD_ID }));
  });
});
