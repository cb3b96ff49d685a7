import { demoMedCards, demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_USER_HEADER } from '../auth/dev-actor';
import { trpcFetchHandler } from '../http/fetch-handler';
import { apiHarness, type Harness } from '../testing/harness';
import { restServer } from '../testing/rest-server';

/**
 * The request id the portal server settles (services/portal-server/src/request-id.ts) reaches the events a
 * command appends, through tRPC and REST v1 alike: `metadata.requestId`.
 */
let h: Harness;
let rest: Awaited<ReturnType<typeof restServer>>;
beforeAll(async () => {
  h = await apiHarness();
  rest = await restServer(h.services);
});
afterAll(async () => {
  await rest.stop();
  await h.close();
});

const latestMetadata = async (aggregateId: string) =>
  (await h.services.pool.query<{ metadata: Record<string, unknown> }>('SELECT metadata FROM events WHERE aggregate_id = $1 ORDER BY version DESC LIMIT 1', [aggregateId])).rows[0]?.metadata;

let n = 0;
/** wallet.debit through the portal's tRPC handler, as Ahmed (development header from this machine). */
async function debit(headers: Record<string, string>) {
  n += 1;
  const res = await trpcFetchHandler('web', h.services)(new Request('http://127.0.0.1:3000/api/trpc/wallet.debit', {
    method: 'POST',
    headers: {
      'content-type': 'application/json', origin: 'http://127.0.0.1:3000', [DEV_USER_HEADER]: 'u-ahmed', 'x-forwarded-for': '127.0.0.1',
      'idempotency-key': `request-id-spec-${n}`, ...headers,
    },
    body: JSON.stringify({ json: { walletId: demoWallets.ahmed.walletId, amount: 100, reference: `request id ${n}` } }),
  }));
  expect(res.status, await res.clone().text()).toBe(200);
  return latestMetadata(demoWallets.ahmed.walletId);
}

describe('x-request-id → event metadata', () => {
  it('a tRPC command stores the request id with its events, beside actor and operation', async () => {
    expect(await debit({ 'x-request-id': '7d0f3c52-61a4-4c1e-8f0b-93e2a4d5c6b7' })).toEqual({
      actorId: 'u-ahmed', role: 'patient', operation: 'wallet.debit', requestId: '7d0f3c52-61a4-4c1e-8f0b-93e2a4d5c6b7',
    });
  });

  it('without the header, or with one that is not a plain id, the metadata has no request id', async () => {
    expect(await debit({})).not.toHaveProperty('requestId');
    expect(await debit({ 'x-request-id': 'bad id", "role": "superadmin' })).toEqual({ actorId: 'u-ahmed', role: 'patient', operation: 'wallet.debit' });
  });

  it('a REST v1 command stores it too', async () => {
    const res = await fetch(`${rest.base}/medcards/${demoMedCards.ahmed.cardId}/monthly-limit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer dev-u-admin', 'x-request-id': 'edge-5b1e9a7c0d2f' },
      body: JSON.stringify({ monthlyLimit: 6000, reason: 'request id spec' }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await latestMetadata(demoMedCards.ahmed.cardId)).toMatchObject({ actorId: 'u-admin', operation: 'medcard.changeMonthlyLimit', requestId: 'edge-5b1e9a7c0d2f' });
  });

  it('bulk enrollment (batched appends, not executeCommand) stores it on the wallets and cards it opens', async () => {
    const admin = await h.as('u-admin');
    await admin.organizations.create({ id: 'request-id-org', kind: 'employer', name: 'Request Id Co', nameAr: 'شركة' });
    const { token } = await admin.organizations.issueToken({ organizationId: 'request-id-org', name: 'hr' });
    const rows = [1, 2].map((i) => ({
      externalId: `RID-${i}`, nationalId: `290010101${`77${i}0`}5`, phone: `+2015577770${i}0`, nameEn: 'New Member', nameAr: 'عضو جديد', card: { tier: 'silver' },
    }));
    const res = await fetch(`${rest.base}/members/bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'bulk-0c9d8e7f6a5b' },
      body: JSON.stringify({ rows }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const { results } = (await res.json()) as { results: { outcome: string; cardId: string | null }[] };
    expect(results.map((r) => r.outcome)).toEqual(['created', 'created']);
    const metadata = (await h.services.pool.query<{ type: string; metadata: Record<string, unknown> }>(
      `WITH wallets AS (SELECT aggregate_id FROM events WHERE event_type = 'WalletOpened'
         AND event_data->>'ownerId' IN (SELECT user_id FROM members WHERE organization_id = 'request-id-org'))
       SELECT aggregate_type AS type, metadata FROM events WHERE aggregate_id = ANY($1::text[]) OR aggregate_id IN (SELECT aggregate_id FROM wallets)`,
      [results.map((r) => r.cardId)],
    )).rows;
    expect(new Set(metadata.map((m) => m.type))).toEqual(new Set(['medcard', 'wallet']));
    for (const m of metadata) expect(m.metadata.requestId, m.type).toBe('bulk-0c9d8e7f6a5b');
  });
});
