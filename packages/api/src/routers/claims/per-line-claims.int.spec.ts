import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { activeCard, rxLine } from '../../testing/medcards';

/** Issue 10 item 9: one early line no longer makes the card pay nothing for the other lines. */
let h: Harness;
let card: Awaited<ReturnType<typeof activeCard>>;
beforeAll(async () => {
  h = await apiHarness();
  card = await activeCard(h, 'u-omar', { tier: 'gold' });
});
afterAll(() => h.close());

const rx = () => `rx-${randomUUID()}`;
const claim = (prescriptionId: string, lines: ReturnType<typeof rxLine>[]) => ({
  cardId: card.cardId, prescriptionId, beneficiaryId: card.holder.beneficiaryId, lines, submittedTotal: lines.reduce((s, l) => s + l.totalPrice, 0),
});

describe('a prescription with one line too soon', () => {
  it('is approved for the other lines; the early line is rejected with its code and shown as such everywhere', async () => {
    const pharmacist = await h.as('u-pharmacist');
    await pharmacist.claims.submit(claim(rx(), [rxLine('CONCOR', 1, 10_000)]));
    const id = rx();
    const result = await pharmacist.claims.submit(claim(id, [rxLine('CONCOR', 1, 10_000), rxLine('GLUCO', 2, 2_500)]));
    expect(result).toMatchObject({ status: 'approved', rejection: null, submitted: 15_000, eligible: 5_000, copay: 1_000, benefit: 4_000 });
    expect(result.lines).toEqual([
      expect.objectContaining({ lineNo: 1, drugCode: 'CONCOR', eligible: 0, copay: 0, benefit: 0, rejection: { code: 'REFILL_TOO_SOON', details: { earliestRefillDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) } } }),
      expect.objectContaining({ lineNo: 2, drugCode: 'GLUCO', eligible: 5_000, copay: 1_000, benefit: 4_000, rejection: null }),
    ]);
    await h.project();
    const admin = await h.as('u-admin');
    const read = await admin.claims.get({ cardId: card.cardId, prescriptionId: id });
    expect(read.lines.map((l) => [l.drugCode, l.benefit, l.rejection?.code ?? null])).toEqual([['CONCOR', 0, 'REFILL_TOO_SOON'], ['GLUCO', 4_000, null]]);
    expect((await (await h.as('u-omar')).claims.byCard({ cardId: card.cardId })).items.find((c) => c.prescriptionId === id)?.lines[0]?.rejection)
      .toMatchObject({ code: 'REFILL_TOO_SOON' });
    // The rejected drug was not dispensed: its refill date did not move, GLUCO got one.
    const again = await pharmacist.claims.submit(claim(rx(), [rxLine('GLUCO', 1, 2_500)]));
    expect(again).toMatchObject({ status: 'rejected', rejection: { code: 'REFILL_TOO_SOON' } });
  });

  it('is rejected as a whole only when every line is too soon', async () => {
    const pharmacist = await h.as('u-pharmacist');
    await pharmacist.claims.submit(claim(rx(), [rxLine('AMLO', 1, 3_000), rxLine('ATOR', 1, 3_000)]));
    const all = await pharmacist.claims.submit(claim(rx(), [rxLine('AMLO', 1, 3_000), rxLine('ATOR', 1, 3_000)]));
    expect(all).toMatchObject({ status: 'rejected', rejection: { code: 'REFILL_TOO_SOON' }, benefit: 0 });
    expect(all.lines.every((l) => l.rejection === null && l.benefit === 0)).toBe(true);
  });

  it('a refill override lifts its own drug: that line is paid, another early line still rejected', async () => {
    const pharmacist = await h.as('u-pharmacist');
    const admin = await h.as('u-admin');
    await pharmacist.claims.submit(claim(rx(), [rxLine('INSUL', 1, 20_000), rxLine('STRIP', 1, 5_000)]));
    await admin.claims.refillOverride({ cardId: card.cardId, drugCode: 'INSUL', reason: 'pen broke' });
    const result = await pharmacist.claims.submit(claim(rx(), [rxLine('INSUL', 1, 20_000), rxLine('STRIP', 1, 5_000)]));
    expect(result).toMatchObject({ status: 'approved', benefit: 16_000, overridesUsed: [{ drugCode: 'INSUL' }] });
    expect(result.lines.map((l) => l.rejection?.code ?? null)).toEqual([null, 'REFILL_TOO_SOON']);
  });

  it('keeps the idempotency rules: the same body returns the first answer, another body is DUPLICATE_PRESCRIPTION', async () => {
    const pharmacist = await h.as('u-pharmacist');
    await pharmacist.claims.submit(claim(rx(), [rxLine('LASIX', 1, 1_000)]));
    const body = claim(rx(), [rxLine('LASIX', 1, 1_000), rxLine('ASPIR', 1, 1_000)]);
    const first = await pharmacist.claims.submit(body);
    expect(await pharmacist.claims.submit(body)).toEqual(first);
    await expect(pharmacist.claims.submit({ ...body, lines: body.lines.slice(1), submittedTotal: 1_000 })).rejects.toMatchObject({ cause: { code: 'DUPLICATE_PRESCRIPTION' } });
  });
});
