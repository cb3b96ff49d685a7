import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { activeCard, rxLine } from '../../testing/medcards';

/** Issue 10 item 10: claims.preview says what claims.submit will say, through the tRPC callers. */
let h: Harness;
let card: Awaited<ReturnType<typeof activeCard>>;
beforeAll(async () => {
  h = await apiHarness();
  card = await activeCard(h, 'u-omar', { tier: 'silver', monthlyLimit: 30_000 });
});
afterAll(() => h.close());

type Body = Parameters<Awaited<ReturnType<Harness['as']>>['claims']['submit']>[0];
const body = (prescriptionId: string, lines: ReturnType<typeof rxLine>[], beneficiaryId = card.holder.beneficiaryId): Body => ({
  cardId: card.cardId, prescriptionId, pharmacyId: 'ph-ezaby-maadi', beneficiaryId, lines, submittedTotal: lines.reduce((s, l) => s + l.totalPrice, 0),
});
const settle = <T>(p: Promise<T>) => p.then((value) => ({ value }), (e: { cause?: { code?: string; details?: unknown } }) => ({ error: e.cause?.code, details: e.cause?.details }));
/** Numerical Recipes LCG: the same seed replays the same claims. */
const lcg = (seed: number) => {
  let x = seed >>> 0;
  return (n: number) => Math.floor(((x = (Math.imul(1_664_525, x) + 1_013_904_223) >>> 0) / 2 ** 32) * n);
};

describe('claims.preview', () => {
  it('of a reused prescription id with other drugs is DUPLICATE_PRESCRIPTION, as submit is; the same body is the approval of record', async () => {
    const staff = await h.as('u-admin');
    const first = body('RX-REUSED', [rxLine('PARA', 1, 1_000)]);
    const approved = await staff.claims.submit(first);
    const other = body('RX-REUSED', [rxLine('IBU', 1, 2_000)]);
    expect(await settle(staff.claims.preview(other))).toMatchObject({ error: 'DUPLICATE_PRESCRIPTION' });
    expect(await settle(staff.claims.submit(other))).toMatchObject({ error: 'DUPLICATE_PRESCRIPTION' });
    expect((await staff.claims.preview(first)).preview).toEqual(approved);
  });

  it('equals the answer submit records, for generated claims and card states', async () => {
    const staff = await h.as('u-admin');
    const next = lcg(2026);
    const drugs = ['A1', 'B2', 'C3', 'D4', 'E5'];
    const submitted: Body[] = [];
    const seen = new Set<string>();
    let now = Date.now();
    try {
      for (let step = 0; step < 60; step++) {
        now += next(4) === 0 ? (1 + next(10)) * 86_400_000 : 60_000;
        h.services.clock = () => new Date(now);
        const fresh = body(`RX-GEN-${step}`, drugs.slice(next(3), 2 + next(4)).map((d) => rxLine(d, 1 + next(3), 500 + next(6_000))), next(8) === 0 ? 'b-nobody' : card.holder.beneficiaryId);
        const old = submitted.length > 0 ? submitted[next(submitted.length)]! : fresh;
        const claim = [fresh, fresh, old, { ...old, lines: old.lines.slice(0, 1), submittedTotal: old.lines[0]!.totalPrice }][next(4)]!;
        if (next(10) === 0) await staff.claims.refillOverride({ cardId: card.cardId, drugCode: drugs[next(drugs.length)]!, reason: 'generated' });
        const preview = await settle(staff.claims.preview(claim).then((p) => p.preview));
        const result = await settle(staff.claims.submit(claim));
        expect({ step, ...preview }).toEqual({ step, ...result });
        seen.add('error' in preview ? String(preview.error) : preview.value.lines.some((l) => l.rejection) ? 'line rejected' : preview.value.status);
        if ('value' in result) submitted.push(claim);
      }
    } finally {
      h.services.clock = () => new Date();
    }
    for (const expected of ['approved', 'rejected', 'DUPLICATE_PRESCRIPTION', 'line rejected']) expect(seen, `never saw ${expected}`).toContain(expected);
  });
});
