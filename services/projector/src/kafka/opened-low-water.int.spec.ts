import { randomUUID } from 'node:crypto';
import { apiHarness, type Harness } from '@healthpay/api/testing';
import { countOpenWalletsOfOwner, FEED_START, feedPositionOf, READ_MODELS_CHECKPOINT, readFeed } from '@healthpay/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELAY_CHECKPOINT } from '../relay/relay';
import { advanceOpenedLowWater, dropRebuildCheckpoint, OPENED_LOW_WATER } from './opened-low-water';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
});
afterAll(() => h.close());

/** Scaled mode's checkpoints: the relay's at the feed's end (all published), no read-model checkpoint. */
async function relayedEverything(): Promise<number> {
  const last = (await readFeed(h.services.pool, FEED_START, 1_000_000)).at(-1);
  if (!last) throw new Error('no events');
  const at = feedPositionOf(last);
  await h.services.pool.query('DELETE FROM projector_checkpoints WHERE name <> $1', [OPENED_LOW_WATER]);
  await h.services.pool.query('INSERT INTO projector_checkpoints (name, transaction_id, position) VALUES ($1, $2, $3)', [RELAY_CHECKPOINT, at.transactionId, at.position]);
  return at.position;
}
const lowWater = async () => Number((await h.services.pool.query('SELECT position FROM projector_checkpoints WHERE name = $1', [OPENED_LOW_WATER])).rows[0]?.position);

describe('scaled mode: one wallet per person while an open is relayed but not yet projected', () => {
  it('given a wallet opened and relayed, not projected, when staff open a second one without a reason, then it is refused', async () => {
    const admin = await h.as('u-admin');
    const person = `u-low-water-${randomUUID().slice(0, 8)}`;
    await admin.wallet.open({ walletId: randomUUID(), ownerId: person });
    const relayed = await relayedEverything();
    await advanceOpenedLowWater(h.services.pool);
    const first = Number((await h.services.pool.query("SELECT position FROM events WHERE event_type = 'WalletOpened' AND event_data->>'ownerId' = $1", [person])).rows[0]?.position);
    expect(await lowWater()).toBe(first - 1);
    await expect(admin.wallet.open({ walletId: randomUUID(), ownerId: person })).rejects.toThrow(/already has a wallet/);

    // Once projected, the row moves up to the relay's checkpoint (and never back).
    await h.project();
    await relayedEverything();
    await advanceOpenedLowWater(h.services.pool);
    expect(await lowWater()).toBeGreaterThanOrEqual(relayed);
    await expect(admin.wallet.open({ walletId: randomUUID(), ownerId: person })).rejects.toThrow(/already has a wallet/);
  });

  it('stays below a card issued and relayed but not projected, the other open it guards', async () => {
    const admin = await h.as('u-admin');
    const card = await admin.medcard.issue({ userId: 'u-omar', tier: 'gold', activate: true, secondCardReason: 'spec: an open the consumer has not applied' });
    await relayedEverything();
    await advanceOpenedLowWater(h.services.pool);
    const issued = Number((await h.services.pool.query("SELECT position FROM events WHERE aggregate_id = $1 AND event_type = 'MedCardIssued'", [card.cardId])).rows[0]?.position);
    expect(await lowWater()).toBe(issued - 1);
  });
});

describe('scaled mode after a rebuild', () => {
  it('given the rebuild\'s read-model checkpoint left behind, when it is dropped, then the one-wallet checks start from the low-water row and still see an unprojected open', async () => {
    const relayed = await relayedEverything();
    await advanceOpenedLowWater(h.services.pool);
    // What a rebuild leaves: the read-model checkpoint at the feed's end as it was then (here: the start).
    await h.services.pool.query('INSERT INTO projector_checkpoints (name, transaction_id, position) VALUES ($1, 0, 0)', [READ_MODELS_CHECKPOINT]);
    const lowest = async () => Number((await h.services.pool.query('SELECT min(position) AS p FROM projector_checkpoints')).rows[0]?.p);
    expect(await lowest()).toBe(0);
    await dropRebuildCheckpoint(h.services.pool);
    expect(await lowest()).toBeGreaterThanOrEqual(Math.min(relayed, await lowWater()));
    expect(await lowest()).toBeGreaterThan(0);

    const admin = await h.as('u-admin');
    const person = `u-after-rebuild-${randomUUID().slice(0, 8)}`;
    await admin.wallet.open({ walletId: randomUUID(), ownerId: person });
    expect(await countOpenWalletsOfOwner(h.services.pool, person)).toBe(1);
  });
});

describe('scaled mode: feed order, not position order', () => {
  it('given an open whose transaction took a lower position than an older one the relay passed first, when it commits, relays and is not projected, then the low-water row stays below it and it is counted', async () => {
    const pool = h.services.pool;
    const person = `u-feed-order-${randomUUID().slice(0, 8)}`;
    const insert = (c: { query: typeof pool.query }, type: string, data: object) =>
      c.query<{ position: string; transaction_id: string }>(
        `INSERT INTO events (event_id, aggregate_id, aggregate_type, event_type, version, event_data, metadata)
         VALUES ($1, $2, $3, $4, 1, $5, '{}') RETURNING position, transaction_id::text`,
        [randomUUID(), randomUUID(), type === 'WalletOpened' ? 'wallet' : 'spec', type, JSON.stringify(data)],
      );
    const checkpoint = (name: string, at: { transaction_id: string; position: string }) =>
      pool.query('UPDATE projector_checkpoints SET transaction_id = $2, position = $3 WHERE name = $1', [name, at.transaction_id, at.position]);
    const low = async () => (await pool.query<{ t: string; p: string }>('SELECT transaction_id::text AS t, position::text AS p FROM projector_checkpoints WHERE name = $1', [OPENED_LOW_WATER])).rows[0];
    const at = (r: { transaction_id: string; position: string | number }, minus = 0) => ({ t: String(r.transaction_id), p: String(Number(r.position) - minus) });

    await h.project();
    await relayedEverything();
    await advanceOpenedLowWater(pool);
    const older = await pool.connect();
    const newer = await pool.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      await newer.query('BEGIN');
      const open = (await insert(newer, 'WalletOpened', { ownerId: person })).rows[0]!;
      const other = (await insert(older, 'Noted', {})).rows[0]!;
      await older.query('COMMIT');
      expect(Number(open.position)).toBeLessThan(Number(other.position));

      // The relay passes the older transaction (below every running one) while the open is still uncommitted.
      await checkpoint(RELAY_CHECKPOINT, other);
      await advanceOpenedLowWater(pool);
      expect(await low()).toEqual(at(other));
      await newer.query('COMMIT');
      expect(await countOpenWalletsOfOwner(pool, person)).toBe(1);

      // The relay passes the open; no consumer has applied it: the row stays just before it.
      await checkpoint(RELAY_CHECKPOINT, open);
      await advanceOpenedLowWater(pool);
      expect(await low()).toEqual(at(open, 1));
      expect(await countOpenWalletsOfOwner(pool, person)).toBe(1);
    } finally {
      older.release();
      newer.release();
    }
  });
});
