import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, logWith } from '@healthpay/config/log';
import { afterEach, describe, expect, it } from 'vitest';
import { trustedProxies } from './client-address';
import { portalServer } from './server';

/** Over real sockets: the id the app sees, the one its log lines carry (after an await) and the echoed one agree. */
const lines: string[] = [];
const appLog = logWith(createLogger({ destination: { write: (l: string) => void lines.push(l) } }));

function app(req: IncomingMessage, res: ServerResponse) {
  void (async () => {
    await new Promise((r) => setTimeout(r, 5));
    appLog.info('[spec] handled');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ seen: req.headers['x-request-id'] }));
  })();
}

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));
async function start(trust: string[]) {
  server = await portalServer(app, { port: 0, host: '127.0.0.1', proxies: trustedProxies(trust) });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('x-request-id through the portal server', () => {
  it('keeps a trusted proxy’s id: echoed, seen by the app, on its log line', async () => {
    const base = await start(['loopback']);
    lines.length = 0;
    const res = await fetch(`${base}/api/health`, { headers: { 'x-request-id': 'lb-8f7e6d5c4b3a' } });
    expect(res.headers.get('x-request-id')).toBe('lb-8f7e6d5c4b3a');
    expect(await res.json()).toEqual({ seen: 'lb-8f7e6d5c4b3a' });
    expect(lines.map((l) => (JSON.parse(l) as { requestId?: string }).requestId)).toEqual(['lb-8f7e6d5c4b3a']);
  });

  it('replaces an untrusted peer’s id with a fresh one, the same everywhere', async () => {
    const base = await start([]);
    lines.length = 0;
    const res = await fetch(`${base}/api/health`, { headers: { 'x-request-id': 'lb-8f7e6d5c4b3a' } });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(await res.json()).toEqual({ seen: id });
    expect(lines.map((l) => (JSON.parse(l) as { requestId?: string }).requestId)).toEqual([id]);
  });

  it('answers refused requests with an id too', async () => {
    const base = await start(['loopback']);
    const res = await fetch(`${base}/api/trpc/%ff`, { headers: { 'x-request-id': 'bad id' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });
});
