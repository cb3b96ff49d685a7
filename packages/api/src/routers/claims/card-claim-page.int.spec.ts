import { Agent, createServer, request, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLAIM_VIEW_SCHEMA, listCardClaimRowsWithHolder } from '@healthpay/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_USER_HEADER } from '../../auth/dev-actor';
import { nodeHttpHandler, trpcNodeAdapter } from '../../http/http-handler';
import { portalApiListener, portalFetchListener } from '../../http/portal-api-listener';
import { cardWithEveryKindOfClaim } from '../../testing/claim-kinds';
import { apiHarness, type Harness } from '../../testing/harness';
import { CardClaimPage } from './card-claim-page';
import { claimPage } from './claim.schemas';

/*
 * `claims.byCard` passes the stored answers through (card-claim-page.ts) where each was checked against the claim view's
 * schema when stored, on the Node path; tRPC's Fetch path parses them through the output schema. Both must answer the
 * same bytes, for every kind of claim, every page, and as before the pass-through (rows with no version: parsed).
 */
type Target = { port: number; agent: Agent };
const serve = async (listener: RequestListener): Promise<{ server: Server } & Target> => {
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
};

/** The answer's bytes as sent (compared as bytes, not as decoded text), and the length its header announced. */
const get = (to: Target, path: string): Promise<{ status: number; body: string; bytes: Buffer; length: string | undefined }> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to.port, agent: to.agent, path, headers: { host: 'portal.test', [DEV_USER_HEADER]: 'u-omar' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, body: bytes.toString('utf8'), bytes, length: res.headers['content-length'] });
      });
    });
    req.on('error', reject);
    req.end();
  });

let h: Harness;
let cardId: string;
const servers: Server[] = [];
let targets: [string, Target, Target][];
beforeAll(async () => {
  h = await apiHarness();
  cardId = await cardWithEveryKindOfClaim(h);
  const [pn, pf, an, af] = await Promise.all([
    serve(portalApiListener('web', h.services)), serve(portalFetchListener('web', h.services)),
    serve(nodeHttpHandler(h.services, '/api/trpc/')), serve(trpcNodeAdapter(h.services, '/api/trpc/')),
  ]);
  servers.push(pn.server, pf.server, an.server, af.server);
  targets = [['a portal', pn, pf], ['services/api', an, af]];
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await h.close();
});

const byCard = (input: Record<string, unknown>) => `/api/trpc/claims.byCard?input=${encodeURIComponent(JSON.stringify({ json: { cardId, ...input } }))}`;

/** Every page of the card at `limit`, as the Node path and the Fetch path answer it. */
async function pages(node: Target, viaFetch: Target, limit: number): Promise<{ node: Buffer[]; fetch: Buffer[] }> {
  const out = { node: [] as Buffer[], fetch: [] as Buffer[] };
  let cursor: string | null = null;
  do {
    const path = byCard({ limit, ...(cursor === null ? {} : { cursor }) });
    const [n, f] = [await get(node, path), await get(viaFetch, path)];
    expect([n.status, f.status]).toEqual([200, 200]);
    // The Node path sends a Content-Length; it must count the bytes sent (a Buffer body's, not a string's characters).
    expect(n.length).toBe(String(n.bytes.length));
    out.node.push(n.bytes);
    out.fetch.push(f.bytes);
    cursor = (JSON.parse(n.body) as { result: { data: { json: { nextCursor: string | null } } } }).result.data.json.nextCursor;
  } while (cursor !== null);
  return out;
}

describe('claims.byCard passes checked answers through', () => {
  it('stores each answer with the version of the schema it was checked against', async () => {
    const { rows } = await listCardClaimRowsWithHolder(h.services.pool, cardId, { limit: 20 });
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.map((r) => r.answerSchema)).toEqual(rows.map(() => CLAIM_VIEW_SCHEMA));
    // The text the Node path writes is what the output schema gives for the parsed page.
    const page = new CardClaimPage(rows, null);
    const text = page.jsonText() as string;
    // As the UTF-8 bytes, one character each (a one-byte string, copied out as it is), though the names are Arabic.
    expect(page.textEncoding).toBe('latin1');
    expect([...text].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
    expect(Buffer.from(text, 'latin1')).toEqual(Buffer.from(JSON.stringify(claimPage.parse({ items: new CardClaimPage(rows, null).items, nextCursor: null }))));
  });

  it.each([0, 1])('answers byte for byte as tRPC parses it, and as before, on every page (%#)', async (i) => {
    const [, node, viaFetch] = targets[i]!;
    for (const limit of [20, 2]) {
      const now = await pages(node, viaFetch, limit);
      expect(now.node).toEqual(now.fetch);
      await h.services.pool.query('UPDATE prescription_claims SET answer_schema = NULL WHERE card_id = $1', [cardId]);
      const parsed = await pages(node, viaFetch, limit);
      await h.services.pool.query('UPDATE prescription_claims SET answer_schema = $2 WHERE card_id = $1', [cardId, CLAIM_VIEW_SCHEMA]);
      expect(parsed.node).toEqual(now.node);
      expect(parsed.fetch).toEqual(now.node);
    }
  });

  it('parses and checks an answer stored under another version: one the schema refuses fails on both paths alike', async () => {
    const { rows } = await listCardClaimRowsWithHolder(h.services.pool, cardId, { limit: 1 });
    const bad = (rows[0]?.answer ?? '').replace(/"copay":\d+/, '"copay":-1');
    await h.services.pool.query('UPDATE prescription_claims SET answer = $2, answer_schema = $3 WHERE card_id = $1 AND answer = $4', [cardId, bad, 'another', rows[0]?.answer]);
    try {
      for (const [, node, viaFetch] of targets) {
        const [n, f] = [await get(node, byCard({ limit: 20 })), await get(viaFetch, byCard({ limit: 20 }))];
        // The output schema's refusal, as tRPC's error formatter reports it (not a pass-through of the bad amount).
        expect(n.status).not.toBe(200);
        // (tRPC's Fetch path sends no Content-Length: the status and the bytes are compared.)
        expect({ status: n.status, bytes: n.bytes }).toEqual({ status: f.status, bytes: f.bytes });
      }
    } finally {
      await h.services.pool.query('UPDATE prescription_claims SET answer = $2, answer_schema = $3 WHERE card_id = $1 AND answer = $4', [cardId, rows[0]?.answer, CLAIM_VIEW_SCHEMA, bad]);
    }
  });
});
