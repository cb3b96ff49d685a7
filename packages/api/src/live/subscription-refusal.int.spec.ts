import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trpcFetchHandler } from '../http/fetch-handler';
import { nodeHttpHandler } from '../http/http-handler';
import { apiHarness, type Harness } from '../testing/harness';

let h: Harness;
let server: Server;
let viaNode: string;
beforeAll(async () => {
  h = await apiHarness();
  server = createServer(nodeHttpHandler(h.services, '/api/trpc/'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  viaNode = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await h.close();
});

const request = (base: string, user: string | null, input?: string) =>
  new Request(`${base}/api/trpc/live.changes${input ? `?input=${encodeURIComponent(input)}` : ''}`, {
    headers: { accept: 'text/event-stream', ...(user ? { 'x-hp-dev-user': user } : {}) },
  });

/** The portal's Fetch handler (Next route, portal server) and tRPC's Node adapter (services/api). */
const handlers: [string, (user: string | null, input?: string) => Promise<Response>][] = [
  ['the Fetch handler', (user, input) => trpcFetchHandler('web', h.services)(request('http://127.0.0.1', user, input))],
  ['the Node handler', (user, input) => fetch(request(viaNode, user, input))],
];

describe.each(handlers)('live.changes over HTTP through %s', (_, send) => {
  it('refuses an anonymous caller with 401, like any procedure that needs a session', async () => {
    const res = await send(null);
    expect(res.status).toBe(401);
    // The refusal still reads as tRPC's error event: the same code as a query's JSON error.
    expect(await res.text()).toContain('"appCode":"UNAUTHENTICATED"');
  });

  it('answers bad input from a signed-in caller with 400', async () => {
    const res = await send('u-ahmed', '{"json":{"topics":["wallet:someone-else"]}}');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('"appCode":"VALIDATION_FAILED"');
  });

  it('streams to a signed-in caller with 200', async () => {
    const res = await send('u-ahmed');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await res.body?.cancel();
  });
});
