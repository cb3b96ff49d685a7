import { randomUUID } from 'node:crypto';
import { apiHarness, type Harness } from '@healthpay/api/testing';
import { activeCard, rxLine } from '@healthpay/api/testing/medcards';
import { readModelTables } from '@healthpay/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_MODELS_CHECKPOINT, startProjector } from './projector';
import { rebuildReadModels } from './rebuild';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

const snapshot = async () => {
  const q = (sql: string) => h.services.pool.query(sql).then((r) => r.rows);
  return {
    wallets: await q('SELECT wallet_id, status, balance, held, available, version FROM wallets ORDER BY wallet_id'),
    holds: await q('SELECT wallet_id, hold_id, amount, captured, status FROM wallet_holds ORDER BY wallet_id, hold_id'),
    history: await q('SELECT event_id, wallet_id, version, kind, amount, balance_after FROM wallet_transactions ORDER BY wallet_id, version'),
    // A rebuild cannot empty `pharmacies` (users reference it): it replays over the rows instead.
    pharmacies: await q('SELECT id, name, name_ar, governorate, city, status, status_reason, licence_number, iban_masked, version FROM pharmacies ORDER BY id'),
    // The double-entry ledger is a projection too: the projector's and a rebuild's must be the same, to the leg.
    ledger: await q('SELECT event_id, leg, stream_id, version, account, debit, credit, day FROM ledger_entries ORDER BY event_id, leg'),
    ledgerStreams: await q('SELECT stream_id, version, context FROM ledger_streams ORDER BY stream_id'),
  };
};

/**
 * Every row of every read-model table, whole. National ID ciphertexts differ per write (random IV); the hash and
 * mask columns beside them stand for the value.
 */
const everyRow = async () => {
  const tables: Record<string, string[]> = {};
  for (const table of [...readModelTables, 'pharmacies']) {
    const res = await h.services.pool.query<{ row: string }>(`SELECT (to_jsonb(t) - 'national_id_ciphertext')::text AS row FROM ${table} t`);
    tables[table] = res.rows.map((r) => r.row).toSorted();
  }
  return tables;
};

describe('embedded projector', () => {
  it('follows commits, and a full redelivery or rebuild yields the same read models', async () => {
    const projector = await startProjector(h.services.pool, h.services.pool.options.connectionString as string);
    try {
      const admin = await h.as('u-admin');
      const finance = await h.as('u-finance');
      const walletId = randomUUID();
      await admin.wallet.open({ walletId, ownerId: 'u-omar', secondWalletReason: 'spec: a fresh wallet beside the seeded one' });
      await admin.wallet.changeStatus({ walletId, action: 'activate' });
      await admin.wallet.credit({ walletId, amount: 20_000, reference: 'top-up' });
      const holdId = randomUUID();
      await finance.wallet.placeHold({ walletId, holdId, amount: 5_000, expiresAt: '2099-01-01T00:00:00Z', reference: 'rx-1' });
      await finance.wallet.captureHold({ walletId, holdId, amount: 3_000 });
      const pharmacy = await admin.pharmacies.create({
        nameEn: 'Nile Pharmacy', nameAr: 'صيدلية النيل', governorate: '21', city: 'Dokki', address: '12 Tahrir St',
        licenceNumber: 'GZ-4471', commercialRegistration: '123456', iban: 'EG380019000500000000263180002',
      });
      await admin.pharmacies.activate({ pharmacyId: pharmacy.id });
      await admin.pharmacies.suspend({ pharmacyId: pharmacy.id, reason: 'licence under review' });
      await projector.drain();
      expect((await admin.pharmacies.get({ pharmacyId: pharmacy.id })).pharmacy).toMatchObject({ status: 'suspended', version: 3 });

      // Two claims on a fresh card, the copay of one paid from the wallet (hold captured), the other's in cash: the claim
      // rows keep which (`copay_from_wallet`), and the rebuild's rows below must say the same.
      const texts: string[] = [];
      h.services.sms = { name: 'dev', send: async (_phone, body) => void texts.push(body) };
      const card = await activeCard(h, 'u-omar', { monthlyLimit: 1_000_000 });
      const ezaby = await h.as('u-pharmacist');
      const submit = () => ezaby.claims.submit({
        cardId: card.cardId, prescriptionId: `rx-${randomUUID()}`, beneficiaryId: card.holder.beneficiaryId, lines: [rxLine('EG-PAN500', 2, 1_750)], submittedTotal: 3_500,
      });
      const paid = await submit();
      await submit();
      await projector.drain();
      const request = await ezaby.copay.request({ cardId: card.cardId, prescriptionId: paid.prescriptionId });
      await ezaby.copay.confirm({ collectionId: request.collectionId, code: /\b(\d{6})\b/.exec(texts.at(-1) ?? '')?.[1] ?? '' });
      await projector.drain();
      const fromWallet = async () => (await h.services.pool.query(
        'SELECT prescription_id, copay_from_wallet FROM prescription_claims WHERE card_id = $1 ORDER BY copay_from_wallet', [card.cardId])).rows;
      expect(await fromWallet()).toEqual([{ prescription_id: expect.any(String), copay_from_wallet: false }, { prescription_id: paid.prescriptionId, copay_from_wallet: true }]);

      const omar = await h.as('u-omar');
      expect(await omar.wallet.get({ walletId })).toMatchObject({ balance: 17_000, held: 0, available: 17_000, version: 5 });
      expect(await omar.wallet.holds({ walletId })).toMatchObject([{ holdId, status: 'captured', captured: 3_000 }]);

      const before = await snapshot();
      expect(before.ledger.length).toBeGreaterThan(0);
      expect(before.ledger.reduce((sum, e) => sum + Number(e.debit) - Number(e.credit), 0)).toBe(0);
      // Redelivery: move the checkpoint back to the start; every event is applied a second time.
      await h.services.pool.query('UPDATE projector_checkpoints SET transaction_id = 0, position = 0 WHERE name = $1', [READ_MODELS_CHECKPOINT]);
      expect(await projector.drain()).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);

      const live = await everyRow();
      expect(Object.values(live).filter((rows) => rows.length > 0).length).toBeGreaterThan(10);
      // The rebuilds below run alone: a live projector could catch up first after the rebuild's truncate, leaving the
      // rebuild nothing to apply (a projector writing beside a rebuild: rebuild/rebuild.int.spec.ts).
      await projector.stop();
      expect(await rebuildReadModels(h.services.pool)).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
      expect(await everyRow()).toEqual(live);
      // Tiny batches, a flush after each, no document kept: every stream's docs are saved, dropped and loaded back.
      const tiny = { batchSize: 2, limits: { events: 1, cachedDocs: 0 } };
      expect(await rebuildReadModels(h.services.pool, tiny)).toBeGreaterThan(0);
      expect(await everyRow()).toEqual(live);
    } finally {
      await projector.stop();
    }
  });
});
