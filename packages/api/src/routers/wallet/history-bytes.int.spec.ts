import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoPharmacies, demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_USER_HEADER } from '../../auth/dev-actor';
import { portalFetchListener } from '../../http/portal-api-listener';
import { apiHarness, type Harness } from '../../testing/harness';
import { portalServer } from '../../testing/portal-server';

/*
 * wallet.history's answer, byte for byte, for a wallet holding every kind of line (credits, debits, captures of copay
 * holds in both reference forms and of other holds, transfers with and without a counterparty's names, copay refunds
 * of known and unknown pharmacies, instants with and without milliseconds), over the portal's Node path: every page,
 * asked one at a time and all at once (the reads of one turn go as one statement). The expected bytes are written
 * from the fixture below, not read back: the way the page is read may change, the answer may not. The Node path writes
 * the page's text straight from the lines (history-page.ts); tRPC's Fetch path parses them through the output schema:
 * both answer the same bytes, and a line the schema refuses fails alike on both.
 */
const WALLET = '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d00a1';
const OTHER = '0b6f4b1e-5d0a-4c41-9a43-0f3a6f1d00a2';
const [EZABY, SEIF] = demoPharmacies;
const copay = (p: typeof EZABY | typeof SEIF, prescriptionId: string) => ({ pharmacyName: p.name, pharmacyNameAr: p.nameAr, prescriptionId });

type Kind = 'credit' | 'debit' | 'capture' | 'transfer_in' | 'transfer_out';
interface Fixture {
  kind: Kind; amount: number; reference: string; counterparty: string | null; at: string;
  names?: [string, string | null]; copay?: ReturnType<typeof copay>; copayRefund?: ReturnType<typeof copay>;
}
const lines: Fixture[] = [
  { kind: 'credit', amount: 100_000, reference: 'top-up', counterparty: null, at: '2026-12-01T08:00:00.000Z' },
  { kind: 'debit', amount: -2_500, reference: 'a "quoted" \\ ref\twith عربي and 😀', counterparty: null, at: '2026-12-01T09:15:30.120Z' },
  { kind: 'capture', amount: -1_500, reference: 'h-new', counterparty: null, at: '2026-12-02T10:00:00.100Z', copay: copay(EZABY, 'rx-77') },
  { kind: 'capture', amount: -700, reference: 'h-old', counterparty: null, at: '2026-12-02T11:00:00.001Z', copay: copay(SEIF, 'rx:old') },
  { kind: 'capture', amount: -300, reference: 'h-staff', counterparty: null, at: '2026-12-02T12:00:00.010Z' },
  { kind: 'capture', amount: -200, reference: 'h-missing', counterparty: null, at: '2026-12-02T13:00:00.000Z' },
  { kind: 'transfer_out', amount: -5_000, reference: '', counterparty: demoWallets.mona.walletId, at: '2026-12-03T00:00:00.000Z', names: ['Mona Ali', 'منى علي'] },
  { kind: 'transfer_in', amount: 4_000, reference: 'gift', counterparty: OTHER, at: '2026-12-03T01:02:03.456Z', names: ['Yasmin Adel', null] },
  { kind: 'transfer_in', amount: 100, reference: 'from a wallet not projected', counterparty: 'w-gone', at: '2026-12-03T02:00:00.000Z' },
  { kind: 'credit', amount: 1_500, reference: `copay-refund:HP-1:${EZABY.id}:rx-77`, counterparty: null, at: '2026-12-04T05:06:07.890Z', copayRefund: copay(EZABY, 'rx-77') },
  { kind: 'credit', amount: 900, reference: 'copay-refund:HP-1:ph-unknown:rx-9', counterparty: null, at: '2026-12-04T06:00:00.000Z' },
  { kind: 'credit', amount: 50, reference: 'copay-refund:bad', counterparty: null, at: '2026-12-04T07:00:00.000Z' },
  { kind: 'debit', amount: -9_007_199_254_740, reference: 'large', counterparty: null, at: '2026-12-07T23:59:59.999Z' },
];
const eventId = (version: number) => `00000000-0000-4000-8000-${String(version).padStart(12, '0')}`;
const balanceAfter = (version: number) => 1_000_000 - version;

/** The answer as it must be: lines newest first from `cursor` down, `limit` of them. */
function expected(limit: number, cursor?: number): string {
  const versions = lines.map((_, i) => i + 1).reverse().filter((v) => cursor === undefined || v < cursor);
  const items = versions.slice(0, limit).map((version) => {
    const l = lines[version - 1]!;
    return {
      eventId: eventId(version), walletId: WALLET, version, kind: l.kind, amount: l.amount, balanceAfter: balanceAfter(version),
      reference: l.reference, counterpartyWalletId: l.counterparty, counterpartyName: l.names?.[0] ?? null,
      counterpartyNameAr: l.names?.[1] ?? null, occurredAt: l.at, copay: l.copay ?? null, copayRefund: l.copayRefund ?? null,
    };
  });
  return JSON.stringify({ result: { data: { json: { items, nextCursor: versions.length > limit ? items.at(-1)!.version : null } } } });
}

let h: Harness;
let portal: Awaited<ReturnType<typeof portalServer>>;
let viaFetch: Server;
let fetchBase: string;
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
  const db = h.services.pool;
  await db.query(`INSERT INTO wallets (wallet_id, owner_id, status, currency, balance, held, available, daily_debit_limit,
      monthly_debit_limit, version, opened_at, updated_at)
    VALUES ($1, 'u-ahmed', 'active', 'EGP', 0, 0, 0, 100000, 1000000, 20, now(), now()),
           ($2, 'u-support', 'active', 'EGP', 0, 0, 0, 100000, 1000000, 1, now(), now())`, [WALLET, OTHER]);
  await db.query(`INSERT INTO wallet_holds (wallet_id, hold_id, amount, captured, status, reference, expires_at, placed_at, updated_at, pharmacy_id)
    VALUES ($1, 'h-new', 1500, 1500, 'captured', $2, now(), now(), now(), $3),
           ($1, 'h-old', 700, 700, 'captured', 'copay:HP-1:rx:old', now(), now(), now(), $4),
           ($1, 'h-staff', 300, 300, 'captured', 'manual', now(), now(), now(), NULL)`,
  [WALLET, `copay:HP-1:${EZABY.id}:rx-77`, EZABY.id, SEIF.id]);
  for (const [i, l] of lines.entries()) {
    await db.query(`INSERT INTO wallet_transactions (event_id, wallet_id, version, kind, amount, balance_after, reference, counterparty_wallet_id, occurred_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [eventId(i + 1), WALLET, i + 1, l.kind, l.amount, balanceAfter(i + 1), l.reference, l.counterparty, l.at]);
  }
  portal = await portalServer('web', h.services);
  const listener = portalFetchListener('web', h.services);
  viaFetch = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => viaFetch.listen(0, '127.0.0.1', resolve));
  fetchBase = `http://127.0.0.1:${(viaFetch.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => viaFetch.close(resolve));
  await portal.stop();
  await h.close();
});

function history(limit: number, cursor?: number, base = portal.base): Promise<string> {
  return historyAnswer(limit, cursor, base).then((a) => a.body);
}

function historyAnswer(limit: number, cursor?: number, base = portal.base): Promise<{ status: number; body: string }> {
  const input = encodeURIComponent(JSON.stringify({ json: { walletId: WALLET, limit, ...(cursor === undefined ? {} : { cursor }) } }));
  return new Promise((resolve, reject) => {
    // An agent per request: sent together, the requests arrive together (one statement for the turn's reads).
    const req = request(`${base}/api/trpc/wallet.history?input=${input}`, { agent: new Agent(), headers: { [DEV_USER_HEADER]: 'u-ahmed' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

// Every page: the whole history, then pages of 1, 4 and 5 from each cursor, past the last line too.
const pages: [number, number | undefined][] = [[100, undefined], [13, undefined], [12, undefined]];
for (const limit of [1, 4, 5]) for (let cursor = 1; cursor <= lines.length + 1; cursor++) pages.push([limit, cursor]);

describe('wallet.history answers the same bytes', () => {
  it('for every page asked one at a time', async () => {
    for (const [limit, cursor] of pages) expect(await history(limit, cursor), `limit ${limit} cursor ${cursor}`).toBe(expected(limit, cursor));
  });

  it('for every page asked at once', async () => {
    const got = await Promise.all(pages.map(([limit, cursor]) => history(limit, cursor)));
    got.forEach((body, n) => expect(body, `page ${n}`).toBe(expected(...pages[n]!)));
  });

  it("the same on tRPC's Fetch path, where the output schema parses the page", async () => {
    for (const [limit, cursor] of pages) expect(await history(limit, cursor, fetchBase), `limit ${limit} cursor ${cursor}`).toBe(expected(limit, cursor));
  });

  it('fails alike on both paths for a line the output schema refuses (a kind it does not know)', async () => {
    const pool = h.services.pool;
    await pool.query("UPDATE wallet_transactions SET kind = 'refund' WHERE wallet_id = $1 AND version = 12", [WALLET]);
    try {
      const [node, fetched] = [await historyAnswer(4), await historyAnswer(4, undefined, fetchBase)];
      // The output schema's refusal, as tRPC's error formatter reports it (not the line written out).
      expect(node.status).not.toBe(200);
      expect(node.body).toContain('"path":"items.1.kind"');
      expect(node).toEqual(fetched);
      // A page without that line is still written.
      expect(await history(4, 12)).toBe(expected(4, 12));
    } finally {
      await pool.query("UPDATE wallet_transactions SET kind = 'credit' WHERE wallet_id = $1 AND version = 12", [WALLET]);
    }
  });
});
