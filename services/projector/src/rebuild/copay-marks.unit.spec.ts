import type { HoldDoc, PrescriptionClaimDoc } from '@healthpay/db';
import { describe, expect, it } from 'vitest';
import { CopayMarks } from './copay-marks';

const hold = (reference: string, over: Partial<HoldDoc> = {}): HoldDoc => ({
  walletId: 'w-1', holdId: reference, amount: 200, captured: 200, status: 'captured', reference, expiresAt: '2099-01-01T00:00:00.000Z',
  placedAt: '2026-12-07T10:00:00.000Z', updatedAt: '2026-12-07T10:00:00.000Z', pharmacyId: 'ph-1', ...over,
});
const claim = (cardId: string, pharmacyId: string, prescriptionId: string) => ({ cardId, pharmacyId, prescriptionId }) as PrescriptionClaimDoc;

/** A claims' transaction whose `UPDATE` finds the claims of `stored` (references that pay a stored claim). */
const claimsTx = (stored: readonly string[] = []) => {
  const sent: { reference: string[]; pharmacy: string[] }[] = [];
  const tx = {
    query: async (_sql: string, [reference, pharmacy]: [string[], string[]]) => {
      sent.push({ reference, pharmacy });
      const rows = reference.flatMap((r, i) => (stored.includes(r) ? [{ reference: r, pharmacy_id: pharmacy[i] }] : []));
      return { rows, rowCount: rows.length };
    },
  };
  return { tx: tx as unknown as Parameters<CopayMarks['drain']>[0], sent };
};

describe('CopayMarks', () => {
  it('a capture met before its claim is kept for the claim\'s COPY line, in either reference form, for the claim\'s pharmacy only', async () => {
    const marks = new CopayMarks();
    marks.stage([hold('copay:HP-1:ph-1:rx-1'), hold('copay:HP-1:rx-2'), hold('copay:HP-1:rx-3', { pharmacyId: 'ph-2' })]);
    marks.committed();
    const { tx, sent } = claimsTx();
    await marks.drain(tx);
    expect(sent).toEqual([{ reference: ['copay:HP-1:ph-1:rx-1', 'copay:HP-1:rx-2', 'copay:HP-1:rx-3'], pharmacy: ['ph-1', 'ph-1', 'ph-2'] }]);
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-1'))).toBe(true);
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-2'))).toBe(true);
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-3'))).toBe(false);
    expect(marks.paid(claim('HP-1', 'ph-2', 'rx-3'))).toBe(true);
    expect(marks.paid(claim('HP-2', 'ph-1', 'rx-1'))).toBe(false);
    // Stored now: forgotten.
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-1'))).toBe(false);
    expect(marks.complete).toBe(true);
  });

  it('a capture counts once its transaction committed; one that found its stored claim is not kept; holds that pay no copay are left out', async () => {
    const marks = new CopayMarks();
    marks.stage([hold('copay:HP-1:ph-1:rx-1'), hold('copay:HP-1:ph-1:rx-2'), hold('copay:HP-1:ph-1:rx-3', { status: 'active' }),
      hold('copay:HP-1:ph-1:rx-4', { pharmacyId: null }), hold('staff hold')]);
    const first = claimsTx();
    await marks.drain(first.tx);
    expect(first.sent).toEqual([]);
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-2'))).toBe(false);
    marks.committed();
    const second = claimsTx(['copay:HP-1:ph-1:rx-1']);
    await marks.drain(second.tx);
    expect(second.sent.map((s) => s.reference)).toEqual([['copay:HP-1:ph-1:rx-1', 'copay:HP-1:ph-1:rx-2']]);
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-1'))).toBe(false);
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-2'))).toBe(true);
    // Drained: the next transaction sends nothing.
    const third = claimsTx();
    await marks.drain(third.tx);
    expect(third.sent).toEqual([]);
  });

  it('abandoned (a restart from another checkpoint), it answers nothing and says the end must mark', async () => {
    const marks = new CopayMarks();
    marks.stage([hold('copay:HP-1:ph-1:rx-1')]);
    marks.committed();
    await marks.drain(claimsTx().tx);
    marks.abandon();
    expect(marks.paid(claim('HP-1', 'ph-1', 'rx-1'))).toBe(false);
    expect(marks.complete).toBe(false);
  });
});
