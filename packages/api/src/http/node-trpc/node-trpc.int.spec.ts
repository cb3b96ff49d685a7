import { randomUUID } from 'node:crypto';
import { Agent, createServer, request, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoMedCards, demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEV_USER_HEADER } from '../../auth/dev-actor';
import { apiHarness, type Harness } from '../../testing/harness';
import { nodeHttpHandler, trpcNodeAdapter } from '../http-handler';
import { portalApiListener, portalFetchListener } from '../portal-api-listener';

/*
 * The Node path (node-trpc.ts) must answer exactly as tRPC's Fetch handling does: every request below goes to
 * both, one connection kept alive each (so a body left unread must not break the next request), and status,
 * headers and body must match, the CSP nonce aside. Requests the Node path hands over are checked too.
 */
const PARTNER = 'https://partner.example.eg';
vi.hoisted(() => {
  process.env.CORS_ORIGINS = 'https://partner.example.eg';
});

interface Sent { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string | Buffer }
interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

const serve = async (listener: RequestListener): Promise<{ server: Server; port: number; agent: Agent }> => {
  const server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
};

function send(to: { port: number; agent: Agent }, s: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to.port, agent: to.agent, method: s.method ?? 'GET', path: s.path, headers: { host: 'portal.test', ...s.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(s.body);
  });
}

/** What must match: framing headers (length vs chunked) and per-request values are left out. */
const comparable = (a: Answer) => {
  const { date: _d, connection: _c, 'keep-alive': _k, 'content-length': _l, 'transfer-encoding': _t, ...headers } = a.headers;
  const csp = headers['content-security-policy'];
  if (typeof csp === 'string') headers['content-security-policy'] = csp.replace(/'nonce-[^']+'/, "'nonce-…'");
  return { status: a.status, headers, body: a.body };
};

const q = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify(input))}`;
const AHMED = { [DEV_USER_HEADER]: 'u-ahmed' };
const JSON_TYPE = { 'content-type': 'application/json' };
const debit = (amount: unknown) => JSON.stringify({ json: { walletId: demoWallets.ahmed.walletId, amount, reference: 'node path' } });

/** Single queries and mutations: answered by the Node path. */
const fastCases: [string, Sent][] = [
  ['a patient query', { path: '/api/trpc/wallet.mine', headers: AHMED }],
  ['signed out', { path: '/api/trpc/wallet.mine' }],
  ['the wrong role', { path: '/api/trpc/wallet.mine', headers: { [DEV_USER_HEADER]: 'u-admin' } }],
  ['a query with input (dates in the answer)', { path: `/api/trpc/wallet.get${q({ json: { walletId: demoWallets.ahmed.walletId } })}`, headers: AHMED }],
  ['an invalid input', { path: `/api/trpc/wallet.get${q({ json: { walletId: 'nope' } })}`, headers: AHMED }],
  ['input that is not JSON', { path: '/api/trpc/wallet.get?input=%7Bbad', headers: AHMED }],
  ['input that is not an envelope', { path: '/api/trpc/wallet.get?input=null', headers: AHMED }],
  ['an envelope with bad meta', { path: `/api/trpc/wallet.get${q({ json: 1, meta: { values: 'x' } })}`, headers: AHMED }],
  ['an empty input', { path: '/api/trpc/wallet.mine?input=', headers: AHMED }],
  ['a doubled question mark', { path: `/api/trpc/wallet.get?${q({ json: { walletId: demoWallets.ahmed.walletId } })}`, headers: AHMED }],
  ['a NUL in the input', { path: `/api/trpc/wallet.get${q({ json: { walletId: '\u0000' } })}`, headers: AHMED }],
  ['an allowed origin (CORS headers)', { path: '/api/trpc/wallet.mine', headers: { ...AHMED, origin: PARTNER } }],
  ['another origin reading', { path: '/api/trpc/wallet.mine', headers: { ...AHMED, origin: 'https://evil.example' } }],
  ['a JSON content type on a GET', { path: '/api/trpc/wallet.mine', headers: { ...AHMED, 'content-type': 'application/json; charset=utf-8' } }],
  ['a public query', { path: '/api/trpc/session.me' }],
  // The portal's card and wallet reads: their input and output schemas parsed by zod's synchronous parse here, by
  // parseAsync in tRPC's own handling (call-procedure.ts).
  ['a wallet\'s holds', { path: `/api/trpc/wallet.holds${q({ json: { walletId: demoWallets.ahmed.walletId } })}`, headers: AHMED }],
  ['my cards', { path: '/api/trpc/medcard.mine', headers: AHMED }],
  ['a card with its members', { path: `/api/trpc/medcard.get${q({ json: { cardId: demoMedCards.ahmed.cardId } })}`, headers: AHMED }],
  ['a card number as typed (the input transformed)', { path: `/api/trpc/medcard.get${q({ json: { cardId: 'hp 1000 0001 72' } })}`, headers: AHMED }],
  ['a card number with a typo', { path: `/api/trpc/medcard.get${q({ json: { cardId: 'HP-1000000173' } })}`, headers: AHMED }],
  ['a card\'s members', { path: `/api/trpc/beneficiaries.list${q({ json: { cardId: demoMedCards.ahmed.cardId } })}`, headers: AHMED }],
  ['a card\'s members, removed ones too', { path: `/api/trpc/beneficiaries.list${q({ json: { cardId: demoMedCards.ahmed.cardId, includeRemoved: true } })}`, headers: AHMED }],
  ['another holder\'s card', { path: `/api/trpc/beneficiaries.list${q({ json: { cardId: demoMedCards.omar.cardId } })}`, headers: AHMED }],
  ['a body that is not JSON', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE }, body: '{' }],
  ['an empty body', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE }, body: '' }],
  ['an invalid amount', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE }, body: debit(-1) }],
  ['a body after a BOM', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE }, body: `\uFEFF${debit(1.5)}` }],
  ['a mutation signed out (body never read)', { method: 'POST', path: '/api/trpc/wallet.debit', headers: JSON_TYPE, body: debit(1) }],
  // An invalid amount, so that where no CSRF check applies (services/api) nothing moves either.
  ['a cookie from another site (CSRF)', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE, cookie: 'x=1', origin: 'https://evil.example' }, body: debit(-1) }],
  ['a cookie from the portal itself', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE, cookie: 'x=1', origin: 'http://portal.test' }, body: debit(-1) }],
  // The input is decoded in place unless a `__proto__` key would stay an own key (transformer.ts): its amount never counts.
  ['an amount only under __proto__', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE }, body: `{"json":{"walletId":"${demoWallets.ahmed.walletId}","reference":"x","__proto__":{"amount":1}}}` }],
  ['a Date by meta in a query input', { path: `/api/trpc/wallet.get${q({ json: { walletId: demoWallets.ahmed.walletId, at: '2026-01-01T00:00:00.000Z' }, meta: { values: { at: ['Date'] }, v: 1 } })}`, headers: AHMED }],
  ['a body past the cap', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE }, body: Buffer.alloc(2 * 1024 * 1024 + 10, 0x20) }],
];

/** Everything else: handed to tRPC's own handling, on both sides. */
const handedOver: [string, Sent][] = [
  ['a batch', { path: `/api/trpc/wallet.mine,session.me?batch=1&input=${encodeURIComponent('{}')}`, headers: AHMED }],
  ['a streamed answer', { path: '/api/trpc/wallet.mine', headers: { ...AHMED, accept: 'application/jsonl' } }],
  ['an unknown procedure', { path: '/api/trpc/wallet.nothing', headers: AHMED }],
  ['a mutation by GET', { path: '/api/trpc/wallet.debit', headers: AHMED }],
  ['a query by POST', { method: 'POST', path: '/api/trpc/wallet.mine', headers: { ...AHMED, ...JSON_TYPE }, body: '{"json":{}}' }],
  ['another content type', { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, 'content-type': 'text/plain' }, body: debit(1) }],
  ['a trailing slash', { path: '/api/trpc/wallet.mine/', headers: AHMED }],
];

let h: Harness;
const servers: Server[] = [];
type Target = { port: number; agent: Agent };
let portal: { node: Target; fetch: Target };
let api: { node: Target; fetch: Target };
beforeAll(async () => {
  h = await apiHarness();
  await h.project();
  const started = await Promise.all([
    serve(portalApiListener('web', h.services)), serve(portalFetchListener('web', h.services)),
    serve(nodeHttpHandler(h.services, '/api/trpc/')), serve(trpcNodeAdapter(h.services, '/api/trpc/')),
  ]);
  servers.push(...started.map((s) => s.server));
  const [pn, pf, an, af] = started as [Target, Target, Target, Target];
  portal = { node: pn, fetch: pf };
  api = { node: an, fetch: af };
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await h.close();
});

describe.each([['a portal', () => portal], ['services/api', () => api]])('%s: the Node path answers as tRPC does', (_name, target) => {
  it.each(fastCases)('%s', async (_what, sent) => {
    const node = await send(target().node, sent);
    const viaFetch = await send(target().fetch, sent);
    expect(comparable(node)).toEqual(comparable(viaFetch));
    // Written once, with its length: the Node path answered it.
    expect(node.headers['content-length']).toBe(String(Buffer.byteLength(node.body)));
    expect(viaFetch.headers['transfer-encoding']).toBe('chunked');
  });

  it.each(handedOver)('%s is left to tRPC', async (_what, sent) => {
    const node = await send(target().node, sent);
    expect(comparable(node)).toEqual(comparable(await send(target().fetch, sent)));
    expect(node.headers['content-length']).toBeUndefined();
  });

  it('a mutation that moves money answers the same (its replay under the same Idempotency-Key)', async () => {
    const sent: Sent = { method: 'POST', path: '/api/trpc/wallet.debit', headers: { ...AHMED, ...JSON_TYPE, 'idempotency-key': randomUUID() }, body: debit(100) };
    const first = await send(target().node, sent);
    expect(first.status).toBe(200);
    const replayed = await send(target().node, sent);
    expect(comparable(replayed)).toEqual(comparable(await send(target().fetch, sent)));
    expect(JSON.parse(replayed.body)).toEqual(JSON.parse(first.body));
  });
});
