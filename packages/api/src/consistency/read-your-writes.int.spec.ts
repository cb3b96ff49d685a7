import { setTimeout as delay } from 'node:timers/promises';
import { READ_MODELS_CHECKPOINT, readModels } from '@healthpay/db';
import { catchUpCommitted, demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_USER_HEADER } from '../auth/dev-actor';
import { createServices } from '../services/services';
import { apiHarness, type Harness } from '../testing/harness';
import { portalServer } from '../testing/portal-server';
import { checkpointWait } from './checkpoint-wait';
import { RecentWrites } from './recent-writes';
import { versionWait } from './version-wait';

/**
 * The admin portal's /api/trpc over HTTP (the Node path for single calls, tRPC's Fetch handler for batches), with
 * the embedded projector's own checkpoint run by the spec: paused, or a step behind the commands.
 */
let h: Harness;
let server: { base: string; stop(): Promise<void> };
let base: string;
beforeAll(async () => {
  h = await apiHarness();
  // What createServices gives every embedded-mode process (the harness turns it off for other specs), with a bound
  // that other spec files' open transactions (they hold the feed back cluster-wide) cannot reach.
  h.services.recentWrites = new RecentWrites(checkpointWait(h.services.pool), 10_000);
  await project();
  server = await portalServer('admin', h.services);
  base = server.base;
});
afterAll(async () => {
  await server.stop();
  await h.close();
});

/** One step of the embedded projector: every committed event into the read models, its checkpoint moved. */
const project = () => catchUpCommitted(h.services.pool, { name: READ_MODELS_CHECKPOINT, projections: readModels });

/** The projector a step behind: it runs once the read has answered, or after 150 ms, whichever comes first. */
async function projectedBehind<T>(read: Promise<T>): Promise<T> {
  await Promise.race([read, delay(150)]);
  await project();
  return read;
}

type Answer<T> = { status: number; data: T };
const unwrap = async <T>(res: Response): Promise<Answer<T>> => {
  const body = (await res.json()) as { result?: { data: { json: T } } } | { result?: { data: { json: T } } }[];
  const one = Array.isArray(body) ? body[0] : body;
  return { status: res.status, data: one?.result?.data.json as T };
};
const mutate = async <T>(user: string, path: string, input: unknown) =>
  unwrap<T>(await fetch(`${base}/api/trpc/${path}`, {
    method: 'POST',
    headers: { [DEV_USER_HEADER]: user, origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ json: input }),
  }));
const query = async <T>(user: string, path: string, input: unknown) =>
  unwrap<T>(await fetch(`${base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { headers: { [DEV_USER_HEADER]: user } }));
/** As the portals' batch link sends it (tRPC's Fetch handler). */
const batchedQuery = async <T>(user: string, path: string, input: unknown) =>
  unwrap<T>(await fetch(`${base}/api/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: input } }))}`, { headers: { [DEV_USER_HEADER]: user } }));

type Pharmacy = { id: string; status: string; version: number };
const listed = (user: string, id: string) => query<{ items: Pharmacy[] }>(user, 'pharmacies.list', { query: id });

/** A fresh active pharmacy, projected. */
async function activePharmacy(licence: string): Promise<string> {
  const created = await mutate<Pharmacy>('u-admin', 'pharmacies.create', {
    nameEn: 'Read Pharmacy', nameAr: 'صيدلية القراءة', governorate: '21', city: 'Dokki', address: '1 Nile St',
    licenceNumber: licence, commercialRegistration: '654321', iban: 'EG380019000500000000263180002',
  });
  expect(created.status).toBe(200);
  await mutate('u-admin', 'pharmacies.activate', { pharmacyId: created.data.id });
  await project();
  return created.data.id;
}

describe('read-your-writes in a portal', () => {
  it('is on in every embedded-mode process', async () => {
    const services = createServices(h.services.pool.options.connectionString as string);
    try {
      expect(services.recentWrites).toBeInstanceOf(RecentWrites);
    } finally {
      await services.pool.end();
    }
  });

  it('a staff user’s list shows the pharmacy they just suspended, though the projector is a step behind', async () => {
    const id = await activePharmacy('RYW-1001');
    const suspended = await mutate<Pharmacy>('u-admin', 'pharmacies.suspend', { pharmacyId: id, reason: 'licence under review' });
    expect(suspended.data.status).toBe('suspended');
    const list = await projectedBehind(listed('u-admin', id));
    expect(list.status).toBe(200);
    expect(list.data.items.map((p) => [p.id, p.status])).toEqual([[id, 'suspended']]);
  });

  it('a batched wallet read shows the credit just made, at the version the command returned', async () => {
    const walletId = demoWallets.ahmed.walletId;
    const credit = await mutate<{ version: number; balance: number }>('u-finance', 'wallet.credit', { walletId, amount: 250, reference: 'ryw-credit' });
    expect(credit.status).toBe(200);
    const read = await projectedBehind(batchedQuery<{ version: number; balance: number }>('u-finance', 'wallet.get', { walletId }));
    expect(read.status).toBe(200);
    expect([read.data.version, read.data.balance]).toEqual([credit.data.version, credit.data.balance]);
  });

  it('in scaled mode, by each written stream’s read-model version: the wallet read shows the debit just made', async () => {
    const normal = h.services.recentWrites;
    h.services.recentWrites = new RecentWrites(versionWait(h.services.pool), 10_000);
    try {
      const walletId = demoWallets.mona.walletId;
      const debit = await mutate<{ version: number; balance: number }>('u-finance', 'wallet.debit', { walletId, amount: 75, reference: 'ryw-scaled' });
      expect(debit.status).toBe(200);
      const read = await projectedBehind(query<{ version: number; balance: number }>('u-finance', 'wallet.get', { walletId }));
      expect([read.data.version, read.data.balance]).toEqual([debit.data.version, debit.data.balance]);
    } finally {
      h.services.recentWrites = normal;
    }
  });

  it('gives up after its bound when the projector is stopped: the read answers, as it stands, and others never wait', async () => {
    const id = await activePharmacy('RYW-1002');
    const normal = h.services.recentWrites;
    h.services.recentWrites = new RecentWrites(checkpointWait(h.services.pool), 1_500);
    try {
      const suspended = await mutate<Pharmacy>('u-admin', 'pharmacies.suspend', { pharmacyId: id, reason: 'projector stopped' });
      expect(suspended.status).toBe(200);
      let started = performance.now();
      const other = await listed('u-support', id);
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(other.data.items.map((p) => p.status)).toEqual(['active']);
      started = performance.now();
      const mine = await listed('u-admin', id);
      const waited = performance.now() - started;
      expect(mine.status).toBe(200);
      expect(mine.data.items.map((p) => p.status)).toEqual(['active']);
      expect(waited).toBeGreaterThanOrEqual(1_450);
      expect(waited).toBeLessThan(3_500);
      // Given up once: the next read does not wait again.
      started = performance.now();
      await listed('u-admin', id);
      expect(performance.now() - started).toBeLessThan(1_500);
    } finally {
      h.services.recentWrites = normal;
      await project();
    }
  });
});
