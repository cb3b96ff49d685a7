import { randomUUID } from 'node:crypto';
import { demoMedCards, demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appErrorCodes, errorMappings, type AppErrorCode } from '../errors/error-codes';
import { restV1Handler } from '../rest/v1/handler';
import type { RestRoute } from '../rest/v1/route';
import { restRoutes } from '../rest/v1/routes';
import { appRouter } from '../root';
import { apiHarness, type Harness } from '../testing/harness';
import { badPiasters, badPounds, hostileEnvelopes, hostileValues, lcg, malformedTexts, randomJson, schemaKeys, seedOf, type Prng } from '../testing/junk';
import { trpcFetchHandler } from './fetch-handler';

/*
 * Every tRPC procedure and every REST v1 route, sent a fixed catalogue of malformed and hostile requests plus
 * seeded random ones, as callers allowed to call it, through the real Fetch handlers. Whatever comes in:
 * never a 5xx; a refusal is JSON with a code from the error table (and that code's HTTP status); and a
 * refused request appends no event (no money moves). Reads (GET) go concurrently, and must append nothing
 * at all; writes go one by one, the event count checked after each.
 */

const AHMED_WALLET = demoWallets.ahmed.walletId;
const MONA_WALLET = demoWallets.mona.walletId;
const AHMED_CARD = demoMedCards.ahmed.cardId;
const OMAR_CARD = demoMedCards.omar.cardId;
const RANDOM_PER_CALLER = 8;
/**
 * How much of each catalogue one procedure gets (a seeded draw, so across procedures every entry is sent
 * many times); the representatives below get all of it. A request costs a few ms of CPU, this keeps it fast.
 */
const DRAW = { malformed: 6, hostile: 16, envelopes: 4, contentTypes: 3, segments: 4, queryValues: 4 };
const EVERYTHING_FOR = ['wallet.credit', 'wallet.history', 'POST /medcards/{id}/claims/prescriptions', 'GET /medcards/{id}/claims'];
const READ_CONCURRENCY = 8;
/** Statuses the transport (tRPC) chooses for a request it cannot route or read; the code must still be in the table. */
const TRANSPORT_STATUSES = [405, 413, 415];

/** Strings random inputs are built from: real ids (so some get past the schema), formats, and near-misses. */
const pool = [
  AHMED_WALLET, MONA_WALLET, AHMED_CARD, OMAR_CARD, 'HP-1000000171', 'hp 1000 0001 72', 'u-ahmed', 'u-omar', 'u-pharmacist', 'u-nobody',
  'ph-ezaby-maadi', 'ph-seif-smouha', 'RX-DEMO-1001', demoMedCards.ahmed.self, demoMedCards.ahmed.child, '2026-11', '2026-13', '2026-11-02',
  '2026-11-02T10:00:00Z', '2999-01-01T00:00:00+02:00', 'gold', 'silver', 'platinum', 'child', 'spouse', 'self', 'return', 'all', 'submitted',
  'activate', 'OTHER', '+201001234567', '01001234567', '000000', '123456', 'x', 'lost medication', randomUUID(),
];

type Def = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[]; meta?: { access?: unknown } } };
const byPath = appRouter._def.procedures as unknown as Record<string, Def>;

/** Callers allowed to call a procedure: superadmin, and the patient or pharmacist it is (also) for. */
function callersOf(access: unknown): (string | null)[] {
  if (access === 'public') return [null, 'u-admin'];
  if (access === 'authenticated') return ['u-admin', 'u-ahmed'];
  const roles = Array.isArray(access) ? (access as string[]) : [];
  return [
    ...(roles.includes('superadmin') ? ['u-admin'] : []),
    ...(roles.includes('patient') ? ['u-ahmed'] : []),
    ...(roles.includes('pharmacist') ? ['u-pharmacist'] : []),
  ];
}

const envelope = (json: string) => `{"json":${json}}`;
const deep = (depth: number, open: string, close: string) => open.repeat(depth) + '1' + close.repeat(depth);
const shown = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}… (${text.length} chars)` : text);
/** `n` entries of `items` (all when `n` is undefined), drawn without replacement. */
function draw<T>(prng: Prng, items: readonly T[], n?: number): T[] {
  const left = [...items];
  const picked: T[] = [];
  while (left.length > 0 && (n === undefined || picked.length < n)) picked.push(left.splice(prng.int(left.length), 1)[0] as T);
  return picked;
}

/** A valid input of a money-moving procedure with its amount left as `$` (JSON text), in piasters. */
const piasterBases: Record<string, string> = {
  'wallet.credit': `{"walletId":"${AHMED_WALLET}","amount":$,"reference":"fuzz"}`,
  'wallet.debit': `{"walletId":"${AHMED_WALLET}","amount":$,"reference":"fuzz"}`,
  'wallet.transfer': `{"transferId":"${randomUUID()}","fromWalletId":"${AHMED_WALLET}","to":{"walletId":"${MONA_WALLET}"},"amount":$}`,
  'wallet.placeHold': `{"walletId":"${AHMED_WALLET}","holdId":"${randomUUID()}","amount":$,"expiresAt":"2999-01-01T00:00:00Z","reference":"fuzz"}`,
  'wallet.captureHold': `{"walletId":"${AHMED_WALLET}","holdId":"${randomUUID()}","amount":$}`,
  'wallet.open': `{"walletId":"${randomUUID()}","ownerId":"u-omar","dailyDebitLimit":$}`,
  'medcard.issue': `{"userId":"u-omar","tier":"gold","monthlyLimit":$}`,
  'medcard.changeMonthlyLimit': `{"cardId":"${OMAR_CARD}","monthlyLimit":$}`,
  'claims.submit': `{"cardId":"${OMAR_CARD}","prescriptionId":"rx-fuzz","pharmacyId":"ph-ezaby-maadi","beneficiaryId":"${demoMedCards.omar.self}","lines":[{"drugCode":"A","drugName":"A","quantity":1,"unitPrice":$,"totalPrice":$}],"submittedTotal":$}`,
  'insurance.file': `{"cardId":"${AHMED_CARD}","amount":$,"documentIds":["${randomUUID()}"]}`,
  'insurance.review': `{"cardId":"${AHMED_CARD}","claimId":"${randomUUID()}","decision":"approve","approvedAmount":$}`,
};

/** The same for REST bodies, in pounds. */
const poundBases: Record<string, string> = {
  'POST /medcards': '{"userId":"u-omar","cardType":"gold","monthlyLimit":$}',
  'POST /medcards/{id}/monthly-limit': '{"monthlyLimit":$}',
  'POST /medcards/{id}/tier': '{"cardType":"platinum","monthlyLimit":$}',
  'POST /medcards/{id}/claims/prescriptions': `{"prescriptionId":"rx-fuzz","pharmacyId":"ph-ezaby-maadi","beneficiaryId":"${demoMedCards.omar.self}","totalAmount":$,"items":[{"drugCode":"A","drugName":"A","quantity":1,"unitPrice":$,"totalPrice":$}]}`,
  'POST /medcards/{id}/claims/insurance': `{"amount":$,"documentIds":["${randomUUID()}"]}`,
  'POST /medcards/{id}/claims/insurance/{claimId}/review': '{"decision":"approve","approvedAmount":$}',
  'POST /medcards/{id}/claims/insurance/{claimId}/resubmit': '{"amount":$}',
};

let h: Harness;
let trpc: (req: Request) => Promise<Response>;
let rest: (req: Request) => Promise<Response>;
const eventCount = async () => (await h.services.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]?.n ?? -1;

beforeAll(async () => {
  h = await apiHarness();
  await h.project();
  // Thousands of REST requests from the same few users: keep the hourly limit out of the way.
  h.services.apiRateLimitPerHour = 1_000_000_000;
  trpc = trpcFetchHandler('admin', h.services);
  rest = restV1Handler(h.services);
});
afterAll(() => h.close());

interface Sent {
  label: string;
  status: number;
  text: string;
  /** The app error code in the body, if any. */
  code: (body: unknown) => unknown;
}
type Expected = { status: number; code: AppErrorCode };

/** What is wrong with one answer (empty when nothing). */
function judge(sent: Sent, expected?: Expected): string[] {
  const { label, status, text } = sent;
  if (status < 300) return expected ? [`${label}: ${status}, expected ${expected.status} ${expected.code}`] : [];
  const problems = status >= 500 ? [`${label}: ${status} ${shown(text)}`] : [];
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, `${label}: ${status} with a body that is not JSON: ${shown(text)}`];
  }
  const code = sent.code(body);
  const mapped = errorMappings[code as AppErrorCode]?.http;
  if (!appErrorCodes.includes(code as AppErrorCode) || code === 'INTERNAL') problems.push(`${label}: ${status} with code ${String(code)}`);
  else if (!TRANSPORT_STATUSES.includes(status) && mapped !== status) problems.push(`${label}: ${status} but the table maps ${String(code)} to ${mapped}`);
  if (expected && (status !== expected.status || code !== expected.code)) problems.push(`${label}: ${status} ${String(code)}, expected ${expected.status} ${expected.code}`);
  return problems;
}

/** Writes one by one: a refused one must leave the event count as it was. */
async function sendWrites<R>(requests: readonly R[], send: (r: R) => Promise<Sent>, expected?: Expected): Promise<string[]> {
  const problems: string[] = [];
  let last = await eventCount();
  for (const r of requests) {
    const sent = await send(r);
    const now = await eventCount();
    if (sent.status >= 300 && now !== last) problems.push(`${sent.label}: refused with ${sent.status} but appended ${now - last} event(s)`);
    last = now;
    problems.push(...judge(sent, expected));
  }
  return problems;
}

/** Reads, several at a time: none may append an event. */
async function sendReads<R>(requests: readonly R[], send: (r: R) => Promise<Sent>): Promise<string[]> {
  const before = await eventCount();
  const queue = [...requests];
  const answers: Sent[] = [];
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, async () => {
    for (let r = queue.shift(); r !== undefined; r = queue.shift()) answers.push(await send(r));
  }));
  const appended = (await eventCount()) - before;
  return [...answers.flatMap((a) => judge(a)), ...(appended === 0 ? [] : [`reads appended ${appended} event(s)`])];
}

// tRPC -----------------------------------------------------------------------------------------------

const trpcBase = 'http://127.0.0.1/api/trpc';
type TrpcError = { error?: { json?: { data?: { appCode?: unknown } } } };
const trpcCode = (body: unknown) => (body as TrpcError).error?.json?.data?.appCode;

interface TrpcRequest {
  what: string;
  method: 'GET' | 'POST';
  /** The raw request body (POST) or `input` query parameter (GET). */
  text: string;
  contentType?: string;
}

async function sendTrpc(path: string, user: string | null, r: TrpcRequest): Promise<Sent> {
  const headers: Record<string, string> = { ...(user && { 'x-hp-dev-user': user }), ...(r.contentType && { 'content-type': r.contentType }) };
  const req = r.method === 'GET'
    ? new Request(`${trpcBase}/${path}?${new URLSearchParams({ input: r.text }).toString()}`, { headers })
    : new Request(`${trpcBase}/${path}`, { method: 'POST', headers, body: r.text });
  const res = await trpc(req);
  const label = `${r.method} ${path} as ${user ?? 'anonymous'} [${r.what}${r.contentType ? `, ${r.contentType}` : ''}] ${shown(r.text)}`;
  // An accepted subscription is a stream that stays open: its status is the answer; the stream is closed.
  const stream = res.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
  // A refused one answers 4xx and says why in its one event (tRPC's serialized error): judged like a query's body.
  const text = !stream ? await res.text() : res.status >= 300 ? sseErrorData(await res.text()) : (await res.body?.cancel(), '');
  return { label, status: res.status, text, code: trpcCode };
}

/** The data of a refused subscription's `serialized-error` event, as a query's error body; else the whole text. */
const sseErrorData = (text: string) => {
  const data = /^event: serialized-error\r?\ndata: ?(.*)$/m.exec(text)?.[1];
  return data === undefined ? text : `{"error":${data}}`;
};

const trpcContentTypes = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/json; charset=utf-16'];

/** A draw from every catalogue for a procedure's first caller (all of them for the representatives); random ones for the others. */
function trpcRequests(path: string, def: Def['_def'], user: string | null, first: boolean): TrpcRequest[] {
  // Queries and subscriptions (server-sent events) are GETs; mutations POSTs.
  const method: TrpcRequest['method'] = def.type === 'mutation' ? 'POST' : 'GET';
  const json = (what: string, text: string): TrpcRequest => ({ what, method, text, contentType: 'application/json' });
  const prng = lcg(seedOf(`${path}|${user}`));
  const keys = [...new Set(def.inputs.flatMap((schema) => schemaKeys(schema)))];
  const random = Array.from({ length: RANDOM_PER_CALLER }, (_, i) => json(`random #${i}`, envelope(randomJson(prng, keys, pool))));
  if (!first) return random;
  const all = EVERYTHING_FOR.includes(path);
  const n = (k: keyof typeof DRAW) => (all ? undefined : DRAW[k]);
  return [
    ...draw(prng, malformedTexts, n('malformed')).map((t) => json('malformed', t)),
    json('deep', envelope(prng.pick([deep(20_000, '[', ']'), deep(20_000, '{"a":', '}')]))),
    ...draw(prng, hostileValues, n('hostile')).map((v) => json('hostile value', envelope(v))),
    ...draw(prng, hostileEnvelopes, n('envelopes')).map((t) => json('hostile envelope', t)),
    ...random,
    ...(method === 'POST'
      ? draw(prng, trpcContentTypes, n('contentTypes')).map((contentType) => ({ what: 'content-type', method, text: envelope('{"__proto__":{"admin":true}}'), contentType }))
      : []),
    // The wrong method for the procedure's type.
    { what: 'wrong method', method: method === 'GET' ? 'POST' : 'GET', text: envelope('{}'), contentType: 'application/json' },
  ];
}

describe('tRPC over HTTP: hostile input is a 4xx with a code from the table, and moves no money', () => {
  const cases = Object.entries(byPath).flatMap(([path, p]) => callersOf(p._def.meta?.access).map((user, i) => [path, user ?? 'anonymous', i === 0] as const));

  it('calls every procedure as at least one allowed caller', () => {
    expect(new Set(cases.map(([path]) => path)).size).toBe(Object.keys(byPath).length);
  });

  it.each(cases)('%s as %s', async (path, caller, first) => {
    const def = byPath[path]?._def;
    if (!def) throw new Error(`no procedure ${path}`);
    const user = caller === 'anonymous' ? null : caller;
    const requests = trpcRequests(path, def, user, first);
    const send = (r: TrpcRequest) => sendTrpc(path, user, r);
    // A query sent by POST is refused by the transport; it is sent with the writes, to be sure it writes nothing.
    const reads = requests.filter((r) => r.method === 'GET');
    const problems = [...(await sendReads(reads, send)), ...(await sendWrites(requests.filter((r) => r.method === 'POST'), send))];
    expect(problems).toEqual([]);
  });

  it.each(Object.keys(piasterBases))('%s: every malformed amount is a 400 VALIDATION_FAILED, and nothing is recorded', async (path) => {
    const base = piasterBases[path] ?? '';
    const problems: string[] = [];
    for (const user of callersOf(byPath[path]?._def.meta?.access)) {
      const requests = badPiasters.map((amount) => ({ what: 'bad amount', method: 'POST' as const, text: envelope(base.replaceAll('$', amount)), contentType: 'application/json' }));
      problems.push(...(await sendWrites(requests, (r) => sendTrpc(path, user, r), { status: 400, code: 'VALIDATION_FAILED' })));
    }
    expect(problems).toEqual([]);
  });

  it('a batch of hostile calls is answered call by call, never with a 5xx', async () => {
    const bodies = ['{"0":{"json":{"__proto__":{"x":1}}},"1":{"json":"x"}}', '[]', 'null', '"x"', '{"0":null}', '{"json":{}}'];
    const problems: string[] = [];
    const before = await eventCount();
    for (const body of bodies) {
      const res = await trpc(new Request(`${trpcBase}/wallet.credit,wallet.debit?batch=1`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-hp-dev-user': 'u-admin' }, body,
      }));
      const text = await res.text();
      if (res.status >= 500) problems.push(`batch ${body}: ${res.status} ${shown(text)}`);
      for (const answer of [JSON.parse(text) as unknown].flat()) {
        const code = trpcCode(answer);
        if (!appErrorCodes.includes(code as AppErrorCode) || code === 'INTERNAL') problems.push(`batch ${body}: code ${String(code)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await eventCount()).toBe(before);
  });
});

// REST v1 --------------------------------------------------------------------------------------------

const restBase = 'http://127.0.0.1/api/v1';
type RestError = { error?: { code?: unknown } };
const restCode = (body: unknown) => (body as RestError).error?.code;

/** Path parameters that exist (so requests reach the body), except one naming something to delete. */
const validParams: Record<string, string> = {
  id: AHMED_CARD, cardNumber: AHMED_CARD, prescriptionId: 'RX-DEMO-1001', pharmacyId: 'ph-ezaby-maadi',
  claimId: '5eedc000-0000-4000-8000-000000000001', beneficiaryId: randomUUID(),
};
const junkSegments = ['%00', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', '__proto__', 'constructor', 'HP-0000000000', '%20', '%D9%A1%D9%A2', 'x'.repeat(5_000), '%F0%9F%92%A9', '-1', 'null'];
const junkQueryValues = ['', '%00', '-1', '0', '1.5', '1e309', '9007199254740993', 'abc', '[]', '{}', '__proto__', 'x'.repeat(5_000), '%E0%A4%A', '2026-13', 'true', 'all', 'HP-1000000172'];

const fillPath = (route: RestRoute, junk?: string) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => junk ?? validParams[name] ?? 'x');

interface RestRequest {
  what: string;
  path: string;
  body?: string;
  contentType?: string;
}

async function sendRest(route: RestRoute, user: string, r: RestRequest): Promise<Sent> {
  const headers: Record<string, string> = { authorization: `Bearer dev-${user}`, ...(r.contentType && { 'content-type': r.contentType }) };
  const res = await rest(new Request(`${restBase}${r.path}`, { method: route.method, headers, body: route.method === 'POST' ? r.body : undefined }));
  const label = `${route.method} ${r.path.slice(0, 150)} as ${user} [${r.what}${r.contentType ? `, ${r.contentType}` : ''}] ${shown(r.body ?? '')}`;
  return { label, status: res.status, text: await res.text(), code: restCode };
}

/** A draw from every catalogue for a route's first caller (all of them for the representatives); random ones for the others. */
function restRequests(route: RestRoute, user: string, first: boolean): RestRequest[] {
  const name = `${route.method} ${route.path}`;
  const prng = lcg(seedOf(`${name}|${user}`));
  const n = (k: keyof typeof DRAW) => (EVERYTHING_FOR.includes(name) ? undefined : DRAW[k]);
  const path = fillPath(route);
  const paths = first && route.path.includes('{')
    ? draw(prng, junkSegments, n('segments')).map((s) => ({ what: 'junk path', path: fillPath(route, s), body: '{}', contentType: 'application/json' }))
    : [];
  if (route.method === 'GET') {
    const keys = route.query ? Object.keys(route.query.shape) : ['limit'];
    const each = first ? keys.flatMap((k) => draw(prng, junkQueryValues, n('queryValues')).map((v) => `?${k}=${v}`)) : [];
    const random = Array.from({ length: RANDOM_PER_CALLER }, () =>
      `?${Array.from({ length: 1 + prng.int(4) }, () => `${encodeURIComponent(prng.pick([...keys, '__proto__', 'constructor']))}=${prng.pick(junkQueryValues)}`).join('&')}`);
    const odd = first ? ['?__proto__[admin]=1', `?${keys[0] ?? 'x'}=1&${keys[0] ?? 'x'}=2`] : [];
    return [...paths, ...[...each, ...random, ...odd].map((q) => ({ what: 'junk query', path: `${path}${q}` }))];
  }
  const keys = schemaKeys(route.body);
  const json = (what: string, body: string): RestRequest => ({ what, path, body, contentType: 'application/json' });
  const random = Array.from({ length: RANDOM_PER_CALLER }, (_, i) => json(`random #${i}`, randomJson(prng, keys, pool)));
  if (!first) return random;
  return [
    ...paths,
    ...draw(prng, malformedTexts, n('malformed')).map((t) => json('malformed', t)),
    ...draw(prng, hostileValues, n('hostile')).map((v) => json('hostile value', v)),
    ...random,
    ...draw(prng, ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream'], n('contentTypes')).map((contentType) =>
      ({ what: 'content-type', path, body: 'a=1&__proto__[admin]=1', contentType })),
    { what: 'no body', path },
  ];
}

/** Callers of a route: superadmin, and the patient or pharmacist its procedure is (also) for. */
const restCallers = (route: RestRoute) => callersOf(byPath[route.procedure]?._def.meta?.access).filter((u): u is string => u !== null);

describe('REST v1: hostile requests are a 4xx with a code from the table, and move no money', () => {
  const cases = restRoutes.flatMap((r) => restCallers(r).map((user, i) => [`${r.method} ${r.path}`, user, i === 0] as const));

  it('calls every route as at least one allowed caller', () => {
    expect(new Set(cases.map(([route]) => route)).size).toBe(restRoutes.length);
  });

  it.each(cases)('%s as %s', async (name, user, first) => {
    const route = restRoutes.find((r) => `${r.method} ${r.path}` === name);
    if (!route) throw new Error(`no route ${name}`);
    const requests = restRequests(route, user, first);
    const send = (r: RestRequest) => sendRest(route, user, r);
    expect(route.method === 'GET' ? await sendReads(requests, send) : await sendWrites(requests, send)).toEqual([]);
  });

  it.each(Object.keys(poundBases))('%s: every malformed amount is a 400 VALIDATION_FAILED, and nothing is recorded', async (name) => {
    const route = restRoutes.find((r) => `${r.method} ${r.path}` === name);
    if (!route) throw new Error(`no route ${name}`);
    const base = poundBases[name] ?? '';
    const path = fillPath(route).replace(AHMED_CARD, name.includes('insurance') ? AHMED_CARD : OMAR_CARD);
    const problems: string[] = [];
    for (const user of restCallers(route)) {
      const requests = badPounds.map((amount) => ({ what: 'bad amount', path, body: base.replaceAll('$', amount), contentType: 'application/json' }));
      problems.push(...(await sendWrites(requests, (r) => sendRest(route, user, r), { status: 400, code: 'VALIDATION_FAILED' })));
    }
    expect(problems).toEqual([]);
  });
});
