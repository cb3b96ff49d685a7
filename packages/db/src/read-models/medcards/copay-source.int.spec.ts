import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../event-store/types';
import { inTransaction } from '../../identity/invitations';
import { createPool, type Pool } from '../../postgres/pool';
import { lockShared } from '../../projections/shared-locks';
import { applyBatch, type DocumentProjection } from '../../projections/types';
import { demoMedCards } from '../../seed/demo-data';
import { seedDemoData } from '../../seed/seed';
import { catchUpCommitted } from '../../testing/catch-up-committed';
import { createMigratedTestDatabase, type TestDatabase } from '../../testing/database';
import { holdProjection } from '../wallets/hold-projection';
import { claimProjection } from './claim-projection';
import { findPrescriptionClaims, listCardClaimRowsWithHolder } from './claim-queries';
import { copayCapturedSql, markAllCopaysFromWallet } from './copay-source';
import { medcardReadModels } from './index';
import { claimOn, COPAY_PHARMACY, holdFor, seededApproval, stored, type HoldCase } from './testing/copay-events';
import { crossedCopays } from './testing/crossed-copays';

let db: TestDatabase;
let pool: Pool;
/** A seeded approval: each case below is a copy of it under its own prescription id. */
let approval: StoredEvent;
const { cardId } = demoMedCards.ahmed;
const PHARMACY = COPAY_PHARMACY;
beforeAll(async () => {
  db = await createMigratedTestDatabase();
  pool = createPool(db.connectionString, 5);
  await seedDemoData(pool);
  // The cards and their holders (the page reads the holder); the seeded claims' rows are left out of the comparison.
  await catchUpCommitted(pool, { name: 'copay-source-spec', projections: medcardReadModels });
  approval = await seededApproval(pool, cardId);
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

const CASES: Record<string, HoldCase | null> = {
  wallet: { form: 'new', pharmacyId: PHARMACY, end: 'captured' },
  cash: null,
  legacy: { form: 'legacy', pharmacyId: PHARMACY, end: 'captured' },
  legacyWithoutPharmacy: { form: 'legacy', pharmacyId: null, end: 'captured' },
  legacyOtherPharmacy: { form: 'legacy', pharmacyId: 'ph-seif-smouha', end: 'captured' },
  otherPharmacysClaim: { form: 'new', pharmacyId: 'ph-seif-smouha', end: 'captured', referencePharmacy: 'ph-seif-smouha' },
  notCaptured: { form: 'new', pharmacyId: PHARMACY, end: 'active' },
  voided: { form: 'new', pharmacyId: PHARMACY, end: 'voided' },
  expired: { form: 'legacy', pharmacyId: PHARMACY, end: 'expired' },
};
const EXPECTED: Record<string, 'wallet' | 'cash'> = {
  wallet: 'wallet', cash: 'cash', legacy: 'wallet', legacyWithoutPharmacy: 'cash', legacyOtherPharmacy: 'cash',
  otherPharmacysClaim: 'cash', notCaptured: 'cash', voided: 'cash', expired: 'cash',
};

/** One scenario's events: a claim per case on the card (its stream), and each case's hold on a wallet of its own. */
function scenario(tag: string): { claims: StoredEvent[]; holds: StoredEvent[]; rx: Record<string, string> } {
  const rx: Record<string, string> = {};
  const claims: StoredEvent[] = [];
  const holds: StoredEvent[] = [];
  let version = 10_000 + Math.floor(Math.random() * 1_000_000);
  for (const [name, hold] of Object.entries(CASES)) {
    const prescriptionId = `RX-${tag}-${name}`;
    rx[name] = prescriptionId;
    claims.push(claimOn(approval, cardId, prescriptionId, ++version));
    if (hold) holds.push(...holdFor(cardId, prescriptionId, hold));
  }
  return { claims, holds, rx };
}

/** Every event twice (a redelivery), in one transaction per projection and batch. */
async function apply(projection: DocumentProjection<unknown>, events: StoredEvent[]): Promise<void> {
  const tx = await pool.connect();
  try {
    await tx.query('BEGIN');
    await applyBatch(tx, projection, events.flatMap((e) => [e, e]));
    await tx.query('COMMIT');
  } finally {
    tx.release();
  }
  // And the whole batch again, as a consumer redelivers after a crash.
  const again = await pool.connect();
  try {
    await again.query('BEGIN');
    await applyBatch(again, projection, events);
    await again.query('COMMIT');
  } finally {
    again.release();
  }
}

/** The reads' probe before the column (claim-queries.ts up to 2026-12-07): what an upgraded database must still answer. */
const probed = async (prescriptionIds: string[]) => new Map((await pool.query<{ prescription_id: string; paid: 'wallet' | 'cash' }>(
  `SELECT c.prescription_id, CASE WHEN EXISTS (SELECT 1 FROM wallet_holds h
      WHERE h.reference IN ('copay:' || c.card_id || ':' || c.pharmacy_id || ':' || c.prescription_id, 'copay:' || c.card_id || ':' || c.prescription_id)
        AND h.status = 'captured' AND h.pharmacy_id = c.pharmacy_id) THEN 'wallet' ELSE 'cash' END AS paid
   FROM prescription_claims c WHERE c.card_id = $1 AND c.prescription_id = ANY($2::text[])`, [cardId, prescriptionIds])).rows.map((r) => [r.prescription_id, r.paid]));

/** Each case's answer on the card's page, in a single claim's read, and the old probe's. */
async function answers(rx: Record<string, string>) {
  const page = await listCardClaimRowsWithHolder(pool, cardId, { limit: 100 });
  const onPage = new Map(page.rows.map((r) => [(JSON.parse(r.answer as string) as { prescriptionId: string }).prescriptionId, r.copayPaidFrom]));
  const probe = await probed(Object.values(rx));
  const out: Record<string, { page?: string; single?: string; probe?: string }> = {};
  for (const [name, id] of Object.entries(rx)) {
    out[name] = { page: onPage.get(id), single: (await findPrescriptionClaims(pool, cardId, id))[0]?.copayPaidFrom, probe: probe.get(id) };
  }
  return out;
}
const expected = Object.fromEntries(Object.entries(EXPECTED).map(([name, paid]) => [name, { page: paid, single: paid, probe: paid }]));

describe('a claim row keeps how its copay was paid', () => {
  it('capture projected after the claim: the hold projection marks the row', async () => {
    const s = scenario('after');
    await apply(claimProjection as DocumentProjection<unknown>, s.claims);
    await apply(holdProjection as DocumentProjection<unknown>, s.holds);
    expect(await answers(s.rx)).toEqual(expected);
  });

  it('capture projected before the claim: the claim projection reads it', async () => {
    const s = scenario('before');
    await apply(holdProjection as DocumentProjection<unknown>, s.holds);
    await apply(claimProjection as DocumentProjection<unknown>, s.claims);
    expect(await answers(s.rx)).toEqual(expected);
  });

  it('both in one transaction, in either order (embedded mode), and a later decision on the claim keeps it', async () => {
    for (const [tag, order] of [['tx-hc', [holdProjection, claimProjection]], ['tx-ch', [claimProjection, holdProjection]]] as const) {
      const s = scenario(tag);
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        for (const p of order) await applyBatch(tx, p as DocumentProjection<unknown>, [...s.holds, ...s.claims].flatMap((e) => [e, e]));
        await tx.query('COMMIT');
      } finally {
        tx.release();
      }
      expect(await answers(s.rx)).toEqual(expected);
      // A reversal rewrites the row (status, answer): the copay's source stays what the holds say.
      const reversals = s.claims.map((c) => {
        const d = c.data as { claim: { prescriptionId: string; pharmacyId: string; beneficiaryId: string }; month: string };
        return stored(cardId, 'medcard', c.version + 100_000_000, 'PrescriptionClaimReversed', {
          cardId, prescriptionId: d.claim.prescriptionId, pharmacyId: d.claim.pharmacyId, beneficiaryId: d.claim.beneficiaryId, month: d.month,
          benefit: 0, copay: 0, walletCopayRefunded: 0, reason: 'spec', reversedBy: { userId: 'u-pharmacist', kind: 'pharmacist' }, at: '2026-12-07T11:00:00.000Z',
        });
      });
      await apply(claimProjection as DocumentProjection<unknown>, reversals);
      expect(await answers(s.rx)).toEqual(expected);
    }
  });

  it('rows from before the column: the migration fills them as the probe answered, and so does a rebuild\'s end', async () => {
    const s = scenario('upgrade');
    await apply(holdProjection as DocumentProjection<unknown>, s.holds);
    await apply(claimProjection as DocumentProjection<unknown>, s.claims);
    const migration = await readFile(new URL('../../../prisma/migrations/20261207110000_claim_copay_source/migration.sql', import.meta.url), 'utf8');
    for (const fill of [() => pool.query(migration), () => markAllCopaysFromWallet(pool)]) {
      await pool.query('UPDATE prescription_claims SET copay_from_wallet = false');
      expect((await answers(s.rx)).wallet).toEqual({ page: 'cash', single: 'cash', probe: 'wallet' });
      await fill();
      expect(await answers(s.rx)).toEqual(expected);
      // Every row, not only this scenario's: the column is the probe's answer (`copayCapturedSql`).
      const differ = await pool.query(`SELECT 1 FROM prescription_claims c WHERE c.copay_from_wallet <> ${copayCapturedSql('c')}`);
      expect(differ.rowCount).toBe(0);
    }
  });
});

/** A projector's transaction over `events`, as pg-apply.ts and catch-up.ts run it. */
const projectorTransaction = (projections: readonly DocumentProjection<unknown>[], events: StoredEvent[]): Promise<void> =>
  inTransaction(pool, async (tx) => {
    await lockShared(tx, projections, events);
    for (const p of projections) await applyBatch(tx, p, events);
  }, () => true);

describe('two projector processes, each with a claim and the capture of the other card\'s copay', () => {
  it('both commit, in either order of the projections (no deadlock), and both claims are paid from the wallet', async () => {
    const orders = [[claimProjection, holdProjection], [holdProjection, claimProjection]] as DocumentProjection<unknown>[][];
    for (const [i, order] of orders.entries()) {
      const crossed = await crossedCopays(pool, [cardId, demoMedCards.omar.cardId], `cross-${i}`, (events) => projectorTransaction(order, events));
      expect(crossed.outcomes).toEqual(['fulfilled', 'fulfilled']);
      expect(crossed.paid.map((r) => r.copay_from_wallet)).toEqual([true, true]);
    }
  });
});
