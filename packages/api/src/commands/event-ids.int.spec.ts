import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await apiHarness();
});
afterAll(() => h.close());

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const msOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe("a command's events", () => {
  it('given a wallet opened, activated and credited, then each event id is a UUIDv7 of the moment it was decided, in order', async () => {
    const admin = await h.as('u-admin');
    const walletId = randomUUID();
    const before = Date.now();
    await admin.wallet.open({ walletId, ownerId: `u-ids-${walletId.slice(0, 8)}` });
    await admin.wallet.changeStatus({ walletId, action: 'activate' });
    await admin.wallet.credit({ walletId, amount: 1_000, reference: 'ids' });
    const after = Date.now();
    const ids = (await h.services.store.readStream(walletId)).map((e) => e.eventId);
    expect(ids).toHaveLength(3);
    for (const id of ids) {
      expect(id).toMatch(UUID_V7);
      expect(msOf(id)).toBeGreaterThanOrEqual(before);
      expect(msOf(id)).toBeLessThanOrEqual(after);
    }
    expect(ids.map(msOf)).toEqual([...ids.map(msOf)].sort((a, b) => a - b));
  });
});
