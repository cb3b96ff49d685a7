import { randomUUID } from 'node:crypto';
import { commissionFor, settlementStreamId } from '@healthpay/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../../testing/harness';
import { activeCard, rxLine } from '../../testing/medcards';
import { restServer } from '../../testing/rest-server';

/*
 * Settlement statements end to end over a real database: claims in one Cairo week (services.clock set to it), the
 * statement's arithmetic, closing after the week, a reversal after closing landing on the next statement, and who may
 * read a statement (tRPC and REST).
 */
const PH = 'ph-ezaby-maadi';
const WEEK = 'stl-w-2026-11-14-ph-ezaby-maadi'; // Saturday 14 – Friday 20 November 2026
const NEXT = 'stl-w-2026-11-21-ph-ezaby-maadi';
const WEDNESDAY = new Date('2026-11-18T10:00:00.000Z');
const SATURDAY = new Date('2026-11-21T10:00:00.000Z');
const FEE = { percentBps: 250, fixedPerClaim: 100 };

let h: Harness;
let card: Awaited<ReturnType<typeof activeCard>>;
const benefits: number[] = [];
const submitted: string[] = [];

const claim = async (unitPrice: number) => {
  const pharmacist = await h.as('u-pharmacist');
  const prescriptionId = `rx-stl-${randomUUID()}`;
  const lines = [rxLine(`D-STL-${randomUUID().slice(0, 8)}`, 2, unitPrice)];
  const result = await pharmacist.claims.submit({ cardId: card.cardId, prescriptionId, beneficiaryId: card.holder.beneficiaryId, lines, submittedTotal: 2 * unitPrice });
  benefits.push(result.benefit);
  submitted.push(prescriptionId);
  return result;
};

/** The contract's reversal event, appended as the claims helper's command will (the card stream, next version). */
async function reverse(prescriptionId: string, benefit: number) {
  const loaded = await h.services.aggregates.medcard.load(card.cardId);
  await h.services.store.append({
    streams: [{
      streamId: card.cardId, aggregateType: 'medcard', expectedVersion: loaded.version,
      events: [{
        eventId: randomUUID(), type: 'PrescriptionClaimReversed', metadata: {},
        data: {
          cardId: card.cardId, prescriptionId, pharmacyId: PH, beneficiaryId: card.holder.beneficiaryId, month: '2026-11', benefit, copay: 0,
          walletCopayRefunded: 0, reason: 'WRONG_CARD', reversedBy: { kind: 'staff', userId: 'u-finance' }, at: h.services.clock().toISOString(),
        },
      }],
    }],
  });
}

beforeAll(async () => {
  h = await apiHarness();
  h.services.clock = () => WEDNESDAY;
  card = await activeCard(h, 'u-omar', { monthlyLimit: 10_000_000 });
  await (await h.as('u-finance')).settlements.setFeeSchedule({ scope: { kind: 'default' }, ...FEE, effectiveFrom: '2026-11-18', reason: 'launch terms' });
  for (const price of [1_000, 2_345, 999]) await claim(price);
  await h.project();
});
afterAll(async () => {
  await h?.close();
});

describe('a week of claims', () => {
  it('has one line per approved claim; the lines sum to the totals, which equal the period claims', async () => {
    const { statement, lines } = await (await h.as('u-finance')).settlements.get({ settlementId: WEEK });
    expect(statement).toMatchObject({ status: 'open', pharmacyId: PH, periodStart: '2026-11-14', periodEnd: '2026-11-20' });
    expect(lines.map((l) => l.prescriptionId)).toEqual(expect.arrayContaining(submitted));
    const sum = (f: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + f(l), 0);
    expect(statement.lines).toBe(lines.length);
    expect(statement.totals).toEqual({
      grossBenefit: sum((l) => l.benefit), walletCopay: sum((l) => l.walletCopay), commission: sum((l) => l.commission),
      adjustments: sum((l) => l.adjustment), netPayable: sum((l) => l.net),
    });
    // The period's approved claims of this pharmacy, from the claims read model (the demo seed may have one there too).
    const claims = await h.services.pool.query<{ n: number; benefit: number }>(
      `SELECT count(*)::int AS n, COALESCE(sum(benefit), 0)::bigint AS benefit FROM prescription_claims
       WHERE pharmacy_id = $1 AND status IN ('approved', 'partial')
         AND (decided_at AT TIME ZONE 'Africa/Cairo')::date BETWEEN '2026-11-14' AND '2026-11-20'`,
      [PH],
    );
    expect({ lines: statement.lines, gross: statement.totals.grossBenefit }).toEqual({ lines: claims.rows[0]?.n, gross: claims.rows[0]?.benefit });
    const mine = lines.filter((l) => submitted.includes(l.prescriptionId));
    expect(mine.map((l) => l.benefit).sort()).toEqual([...benefits].sort());
    expect(mine.map((l) => l.commission).sort()).toEqual(benefits.map((b) => commissionFor(b, FEE)).sort());
  });

  it('cannot close before the week is over', async () => {
    await expect((await h.as('u-finance')).settlements.close({ settlementId: WEEK })).rejects.toMatchObject({ cause: { code: 'SETTLEMENT_PERIOD_NOT_OVER' } });
  });
});

describe('after the week', () => {
  it('finance closes (frozen totals), approves and marks it paid; a reversal after closing is an adjustment on the next statement', async () => {
    h.services.clock = () => SATURDAY;
    const finance = await h.as('u-finance');
    const before = (await finance.settlements.get({ settlementId: WEEK })).statement;
    const closed = await finance.settlements.close({ settlementId: WEEK, reason: 'week over' });
    expect(closed).toMatchObject({ status: 'closed', totals: before.totals, lines: before.lines });
    const stream = await h.services.store.readStream(settlementStreamId(WEEK));
    expect(stream.map((e) => e.type)).toEqual(['SettlementClosed']);

    const reversedRx = submitted[0] ?? '';
    await reverse(reversedRx, benefits[0] ?? 0);
    await h.project();
    const frozen = await finance.settlements.get({ settlementId: WEEK });
    expect(frozen.statement).toMatchObject({ status: 'closed', totals: before.totals, lines: before.lines });
    expect(frozen.lines).toHaveLength(before.lines);
    const next = await finance.settlements.get({ settlementId: NEXT });
    const commission = commissionFor(benefits[0] ?? 0, FEE);
    expect(next.lines).toEqual([expect.objectContaining({ kind: 'reversal', prescriptionId: reversedRx, adjustment: -((benefits[0] ?? 0) - commission) })]);
    expect(next.statement.totals).toMatchObject({ adjustments: -((benefits[0] ?? 0) - commission), netPayable: -((benefits[0] ?? 0) - commission) });

    await finance.settlements.approve({ settlementId: WEEK });
    const paid = await finance.settlements.markPaid({ settlementId: WEEK, payoutReference: 'CIB-2026-11-21-001' });
    expect(paid).toMatchObject({ status: 'paid', payoutReference: 'CIB-2026-11-21-001' });
    await h.project();
    expect((await finance.settlements.list({ pharmacyId: PH, status: 'paid' })).items.map((s) => s.id)).toEqual([WEEK]);
  });
});

describe('who reads a statement', () => {
  it('its pharmacy does, another pharmacy does not (tRPC)', async () => {
    expect((await (await h.as('u-pharmacist')).settlements.get({ settlementId: WEEK })).statement.id).toBe(WEEK);
    await expect((await h.as('u-pharmacist-seif')).settlements.get({ settlementId: WEEK })).rejects.toMatchObject({ cause: { code: 'SETTLEMENT_NOT_FOUND' } });
    await expect((await h.as('u-pharmacist-seif')).settlements.list({ pharmacyId: PH })).rejects.toMatchObject({ cause: { code: 'FORBIDDEN' } });
    await expect((await h.as('u-pharmacist-seif')).settlements.export({ settlementId: WEEK, format: 'csv', locale: 'en' })).rejects.toMatchObject({ cause: { code: 'SETTLEMENT_NOT_FOUND' } });
  });

  it('its pharmacy does, another pharmacy does not (REST), with amounts in pounds and piasters', async () => {
    const rest = await restServer(h.services);
    try {
      const get = (path: string, user: string) => fetch(`${rest.base}${path}`, { headers: { authorization: `Bearer dev-${user}` } });
      const own = await get(`/settlements/${WEEK}`, 'u-pharmacist');
      expect(own.status).toBe(200);
      const body = (await own.json()) as { statement: { totals: { netPayable: string; netPayablePiasters: number } }; lines: unknown[] };
      expect(body.lines.length).toBeGreaterThanOrEqual(3);
      expect(body.statement.totals.netPayable).toMatch(/^-?\d+\.\d{2}$/);
      expect((await get(`/settlements/${WEEK}`, 'u-pharmacist-seif')).status).toBe(404);
      expect((await get(`/pharmacies/${PH}/settlements`, 'u-pharmacist-seif')).status).toBe(403);
      expect((await get(`/pharmacies/${PH}/settlements`, 'u-pharmacist')).status).toBe(200);
    } finally {
      await rest.stop();
    }
  });
});

describe('exports', () => {
  it('CSV starts with a BOM, has the lines and the totals, formula-safe', async () => {
    const out = await (await h.as('u-pharmacist')).settlements.export({ settlementId: WEEK, format: 'csv', locale: 'ar' });
    const text = Buffer.from(out.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { statement } = await (await h.as('u-pharmacist')).settlements.get({ settlementId: WEEK });
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + statement.lines + 1);
    expect(text).toContain('إجمالي المزايا');
  });

  it('a negative amount is written so a spreadsheet cannot read it as a formula', async () => {
    const out = await (await h.as('u-pharmacist')).settlements.export({ settlementId: NEXT, format: 'csv', locale: 'en' });
    expect(Buffer.from(out.base64, 'base64').toString('utf8')).toMatch(/,'-\d+\.\d{2},/);
  });
});
