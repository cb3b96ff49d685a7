import { decideTransfer, walletDecider, type WalletCommand, type WalletState } from '@healthpay/domain';
import { newEventId } from '../event-store/event-id';
import { EventStore } from '../event-store/event-store';
import type { StreamAppend } from '../event-store/types';
import { storeNationalId } from '../pii/national-id';
import type { Pool } from '../postgres/pool';
import { DEMO_PHARMACY_MANAGER, demoPharmacies, demoUsers, demoWallets } from './demo-data';
import { seedDemoMedCards } from './medcard-history';
import { seedDemoPharmacies } from './pharmacy-history';
import { demoWalletHistory } from './wallet-history';

const DAY = 86_400_000;

/**
 * Demo data, once: reference rows upserted, wallet and MedCard histories written as real events through
 * the domain and the event store (so projections see exactly what production would).
 * Returns false when the data was there already.
 */
export async function seedDemoData(pool: Pool, now = new Date()): Promise<boolean> {
  // The reference row first (users reference it) and active, so the demo pharmacists can claim before the
  // projector has run; the registration and activation events below then project over it.
  for (const p of demoPharmacies) {
    await pool.query(`INSERT INTO pharmacies (id, name, name_ar, city, status) VALUES ($1,$2,$3,$4,'active') ON CONFLICT DO NOTHING`,
      [p.id, p.name, p.nameAr, p.city]);
  }
  await seedDemoPharmacies(pool, now);
  for (const u of demoUsers) {
    // Identity columns arrived after the first demo users: fill them in on databases seeded before.
    // National IDs only encrypted, hashed and masked (an older clear `national_id` is moved by `rotatePii`).
    // Demo patients seeded before names had two scripts carry their Arabic name as `name`: both set right.
    const id = u.nationalId ? storeNationalId(u.nationalId) : null;
    await pool.query(
      `INSERT INTO users (id, role, name, phone, email, locale, pharmacy_id, national_id_ciphertext, national_id_hash, national_id_masked, date_of_birth, name_ar)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)
       ON CONFLICT (id) DO UPDATE SET
         name = CASE WHEN users.name_ar IS NULL AND users.name = excluded.name_ar THEN excluded.name ELSE users.name END,
         name_ar = COALESCE(users.name_ar, excluded.name_ar),
         national_id_ciphertext = CASE WHEN users.national_id IS NULL THEN COALESCE(users.national_id_ciphertext, excluded.national_id_ciphertext) ELSE users.national_id_ciphertext END,
         national_id_hash = CASE WHEN users.national_id IS NULL THEN COALESCE(users.national_id_hash, excluded.national_id_hash) ELSE users.national_id_hash END,
         national_id_masked = COALESCE(users.national_id_masked, excluded.national_id_masked),
         date_of_birth = COALESCE(users.date_of_birth, excluded.date_of_birth)`,
      [u.id, u.role, u.name, u.phone, u.email, u.locale, u.pharmacyId, id?.ciphertext ?? null, id?.hash ?? null, id?.masked ?? null, u.dateOfBirth, u.nameAr]);
  }
  // The demo's pharmacy manager (invites and removes El Ezaby Maadi's pharmacists); other pharmacists stay plain.
  await pool.query(`UPDATE users SET pharmacy_role = 'manager' WHERE id = $1 AND pharmacy_role IS NULL`, [DEMO_PHARMACY_MANAGER]);
  const wallets = await seedDemoWallets(pool, now);
  const medCards = await seedDemoMedCards(pool, now);
  return wallets || medCards;
}

async function seedDemoWallets(pool: Pool, now: Date): Promise<boolean> {
  const seeded = await pool.query('SELECT 1 FROM events WHERE aggregate_id = $1 LIMIT 1', [demoWallets.ahmed.walletId]);
  if (seeded.rowCount) return false;

  const store = new EventStore(pool, { maxBatch: 1, maxInFlight: 1 });
  const wallets = new Map<string, { state: WalletState; version: number }>();
  const at = (daysAgo: number) => ({ now: new Date(now.getTime() - daysAgo * DAY).toISOString(), actorId: 'u-admin' });
  const get = (id: string) => wallets.get(id) ?? { state: walletDecider.initialState, version: 0 };
  const commit = async (appends: { streamId: string; events: ReturnType<typeof walletDecider.decide> }[]) => {
    const streams: StreamAppend[] = appends.map(({ streamId, events }) => ({
      streamId, aggregateType: 'wallet', expectedVersion: get(streamId).version,
      events: events.map((e) => ({ eventId: newEventId(), type: e.type, data: e.data, metadata: { actorId: 'u-admin', operation: 'seed' } })),
    }));
    const outcome = await store.append({ streams });
    if (outcome.status !== 'committed') throw new Error(`seed append failed: ${outcome.status}`);
    for (const { streamId, events } of appends) {
      const cur = get(streamId);
      wallets.set(streamId, { state: events.reduce(walletDecider.evolve, cur.state), version: cur.version + events.length });
    }
  };

  for (const { daysAgo, command } of demoWalletHistory()) {
    const c = { ...command, meta: at(daysAgo) } as WalletCommand;
    await commit([{ streamId: c.data.walletId, events: walletDecider.decide(c, get(c.data.walletId).state) }]);
  }
  const { ahmed, mona } = demoWallets;
  const t = decideTransfer({
    type: 'TransferFunds',
    data: { transferId: '5eed0000-0000-4000-8000-000000000001', fromWalletId: ahmed.walletId, toWalletId: mona.walletId, amount: 15_000, reference: 'Medicine for mum' },
    meta: at(1),
  }, get(ahmed.walletId).state, get(mona.walletId).state);
  await commit([{ streamId: ahmed.walletId, events: t.source }, { streamId: mona.walletId, events: t.dest }]);
  return true;
}
