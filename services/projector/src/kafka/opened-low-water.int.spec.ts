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
