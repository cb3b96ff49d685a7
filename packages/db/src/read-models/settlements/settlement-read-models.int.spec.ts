import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStore } from '../../event-store/event-store';
import { createPool, type Pool } from '../../postgres/pool';
import { catchUpCommitted } from '../../testing/catch-up-committed';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { walletReadModels } from '../wallets/index';
import { claimDocKey, saveSettlementDocsByCopy, settlementReadModels, settlementReadModelTables } from './index';
import { getStatement } from './queries';

/*
 * The settlement read models over real tables, from events appended straight to the store (the shapes of the claim,
 * wallet and statement events): one batch or one event per batch, and a second projector over the same events, must
 * all leave the same rows, and a claim's wallet copay is frozen when its statement closes.
 */
let db: TestDatabase;
let pool: Pool;
let store: EventStore;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 4);
  store = new EventStore(pool);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const projections = [...walletReadModels, ...settlementReadModels];
const project = (name: string, batchSize: number) => catchUpCommitted(pool, { name, projections, batchSize });
const snapshot = async () => {
  const out: Record<string, unknown[]> = {};
  for (const table of settlementReadModelTables) out[table] = (await pool.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows;
  return out;
};
let expected: Record<string, unknown[]> | undefined;
const reset = async () => {
  for (const table of settlementReadModelTables) await pool.query(`DELETE FROM ${table}`);
};

const versions = new Map<string, number>();
async function append(streamId: string, aggregateType: string, type: string, data: unknown) {
  const expectedVersion = versions.get(streamId) ?? 0;
  const outcome = await store.append({ streams: [{ streamId, aggregateType, expectedVersion, events: [{ eventId: randomUUID(), type, data, metadata: {} }] }] });
  expect(outcome).toEqual({ status: 'committed' });
  versions.set(streamId, expectedVersion + 1);
}

const PH = 'ph-spec';
const CARD = 'card-spec';
const WALLET = 'wallet-spec';
const WEEK = 'stl-w-2026-11-14-ph-spec';
const NEXT = 'stl-w-2026-11-21-ph-spec';
const approve = (rx: string, benefit: number, at: string) =>
  append(CARD, 'medcard', 'PrescriptionClaimApproved', { cardId: CARD, claim: { pharmacyId: PH, prescriptionId: rx }, total: { benefit }, at });

describe('settlement read models', () => {
  it('are the same whatever the batch size, and when a second projector replays the events', async () => {
    await append('fee-schedule:default', 'fee-schedule', 'FeeScheduleSet', {
      scope: { kind: 'default' }, percentBps: 100, fixedPerClaim: 50, effectiveFrom: '2026-11-01', setBy: 'u', reason: 'r', at: '2026-11-01T08:00:00.000Z',
    });
    await append(WALLET, 'wallet', 'WalletOpened', { walletId: WALLET, ownerId: 'u', currency: 'EGP', dailyDebitLimit: 1e7, monthlyDebitLimit: 1e8, at: '2026-11-01T08:00:00.000Z' });
    await approve('rx-1', 10_000, '2026-11-16T10:00:00.000Z');
    await append(WALLET, 'wallet', 'WalletHoldPlaced', {
      walletId: WALLET, holdId: 'h-1', amount: 3_000, expiresAt: '2026-11-16T11:00:00.000Z', reference: `copay:${CARD}:${PH}:rx-1`, pharmacyId: PH, at: '2026-11-16T10:01:00.000Z',
    });
    await append(WALLET, 'wallet', 'WalletHoldCaptured', { walletId: WALLET, holdId: 'h-1', amount: 3_000, released: 0, balanceAfter: 0, at: '2026-11-16T10:02:00.000Z' });
    await approve('rx-2', 5_000, '2026-11-19T10:00:00.000Z');
    const totals = { grossBenefit: 15_000, walletCopay: 3_000, commission: 250, adjustments: 0, netPayable: 17_750 };
    await append(`settlement:${WEEK}`, 'settlement', 'SettlementClosed', {
      settlementId: WEEK, pharmacyId: PH, periodStart: '2026-11-14', periodEnd: '2026-11-20', lines: 2, totals, closedBy: 'u', at: '2026-11-21T08:00:00.000Z',
    });
    // After the close: a reversal of rx-2 (its statement is frozen) lands on the next week's statement.
    await append(CARD, 'medcard', 'PrescriptionClaimReversed', {
      cardId: CARD, prescriptionId: 'rx-2', pharmacyId: PH, beneficiaryId: 'b', month: '2026-11', benefit: 5_000, copay: 0, walletCopayRefunded: 0,
      reason: 'WRONG_CARD', reversedBy: { kind: 'staff', userId: 'u' }, at: '2026-11-21T09:00:00.000Z',
    });

    await project('settlement-spec-big', 1000);
    const once = await snapshot();
    const week = await getStatement(pool, WEEK);
    expect(week?.statement).toMatchObject({ status: 'closed', lines: 2, totals });
    expect(week?.lines.reduce((s, l) => s + l.net, 0)).toBe(totals.netPayable);
    expect(week?.lines.find((l) => l.prescriptionId === 'rx-1')).toMatchObject({ walletCopay: 3_000, commission: 150 });
    const next = await getStatement(pool, NEXT);
    expect(next?.lines).toEqual([expect.objectContaining({ kind: 'reversal', prescriptionId: 'rx-2', adjustment: -(5_000 - 100) })]);

    await project('settlement-spec-replay', 1000); // a second projector: every event again over the same rows
    expect(await snapshot()).toEqual(once);
    expected = once;
    await reset();
    await project('settlement-spec-small', 1); // one event per batch
    expect(await snapshot()).toEqual(once);
  });

  it("are the same with a rebuild's COPY save for the lines, into emptied tables and over rows already there", async () => {
    expect(expected).toBeDefined();
    const byCopy = projections.map((p) => (p.name === 'settlement_lines' ? { ...p, save: saveSettlementDocsByCopy } : p));
    await reset();
    await catchUpCommitted(pool, { name: 'settlement-spec-copy', projections: byCopy, batchSize: 1000 });
    expect(await snapshot()).toEqual(expected);
    // Every line saved again (as by a replay restarted behind them): the COPY's unique violation falls back to the
    // projection's own insert, which leaves them as they are.
    const lines = settlementReadModels[2];
    const tx = await pool.connect();
    try {
      await tx.query('BEGIN');
      const docs = await lines.load(tx, [claimDocKey(PH, CARD, 'rx-1'), claimDocKey(PH, CARD, 'rx-2')]);
      expect([...docs.values()].filter((d) => d.claim).length).toBe(2);
      await saveSettlementDocsByCopy(tx, [...docs.values()]);
      await tx.query('COMMIT');
    } finally {
      tx.release();
    }
    expect(await snapshot()).toEqual(expected);
  });
});
