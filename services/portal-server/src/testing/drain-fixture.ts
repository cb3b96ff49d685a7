/**
 * A portal-server-like process for drain.int.spec.ts: the real guard, drain and shutdown of main.ts around
 * a handler that runs a two-stream command through the real EventStore (group commit) on DATABASE_URL,
 * instead of Next. POST /transfer/<uuid>: work (pg_sleep), then both legs appended in one request.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { env } from '@healthpay/config';
import { registerCloser, shutdownOnSignals } from '@healthpay/config/lifecycle';
import { createPool, EventStore } from '@healthpay/db';
import { trustedProxies } from '../client-address';
import { drainable } from '../drain';
import { portalServer } from '../server';

const e = env();
const pool = createPool(e.DATABASE_URL!, 10);
const store = new EventStore(pool, { maxBatch: 50, maxInFlight: 2 });
registerCloser('postgres pool', () => pool.end());
const workSeconds = Number(process.env.FIXTURE_WORK_SECONDS ?? '0.3');

const leg = (streamId: string, id: string) => ({
  streamId, aggregateType: 'shutdown-test', expectedVersion: 0,
  events: [{ eventId: randomUUID(), type: 'LegRecorded', data: { transfer: id }, metadata: { now: new Date().toISOString() } }],
});

const requests = drainable((req, res) => {
  if (req.url === '/api/health/readiness') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"up"}');
  const id = /^\/transfer\/([0-9a-f-]{36})$/.exec(req.url ?? '')?.[1];
  if (req.method !== 'POST' || !id) return void res.writeHead(404).end();
  req.resume();
  (async () => {
    await pool.query('SELECT pg_sleep($1)', [workSeconds]);
    const outcome = await store.append({ streams: [leg(`from-${id}`, id), leg(`to-${id}`, id)] });
    res.writeHead(outcome.status === 'committed' ? 200 : 409, { 'content-type': 'application/json' }).end(JSON.stringify({ id, ...outcome }));
  })().catch((error: unknown) => {
    if (!res.headersSent) res.writeHead(500).end(String(error));
  });
});
const server = await portalServer(requests.listener, { port: 0, host: '127.0.0.1', proxies: trustedProxies([]) });
shutdownOnSignals({
  deadlineMs: e.HP_SHUTDOWN_TIMEOUT_MS,
  log: (line) => console.log(line),
  steps: [['requests in flight answered', () => requests.drain(server)]],
});
console.log(`listening ${(server.address() as AddressInfo).port}`);
