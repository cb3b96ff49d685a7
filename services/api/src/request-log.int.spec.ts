import { AsyncLocalStorage } from 'node:async_hooks';
import type { AddressInfo } from 'node:net';
import { apiHarness, type Harness } from '@healthpay/api/testing';
import { demoWallets } from '@healthpay/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApiServer, type ApiServer } from './api-server';

/**
 * services/api enters no AsyncLocalStorage (an active one costs every promise of every request), yet the lines it
 * writes while handling a request carry that request's id: over the real server, the lines a failing procedure
 * and a failing REST v1 call write once they have awaited, as the process writes them to stdout.
 */
let h: Harness;
let api: ApiServer;
let base: string;
beforeAll(async () => {
  h = await apiHarness();
  // Loopback is a trusted proxy here, so the spec chooses each request's id.
  api = await startApiServer(h.services, { port: 0, host: '127.0.0.1', proxies: ['loopback'] });
  base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await api.requests.drain(api.server);
  await h.close();
});
afterEach(() => vi.restoreAllMocks());

/** The JSON lines written to stdout and the AsyncLocalStorage entries made while `send` runs. */
async function observe(send: () => Promise<Response>) {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
  const run = vi.spyOn(AsyncLocalStorage.prototype, 'run');
  const enterWith = vi.spyOn(AsyncLocalStorage.prototype, 'enterWith');
  // What the procedures call after their first awaits: a broken clock makes an unexpected (INTERNAL) failure.
  const clock = h.services.clock;
  h.services.clock = () => {
    throw new Error('the clock stopped');
  };
  try {
    const res = await send();
    await res.arrayBuffer();
    return {
      res,
      lines: written.flatMap((w) => w.split('\n')).filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
      contextsEntered: run.mock.calls.length + enterWith.mock.calls.length,
    };
  } finally {
    h.services.clock = clock;
    vi.restoreAllMocks();
  }
}

describe('request ids on the log lines of services/api', () => {
  it('a procedure that fails after an await logs its line with the request id', async () => {
    const { walletId } = demoWallets.ahmed;
    const { res, lines, contextsEntered } = await observe(() => fetch(`${base}/api/trpc/wallet.credit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hp-dev-user': 'u-admin', 'x-request-id': 'spec-trpc-0001' },
      body: JSON.stringify({ json: { walletId, amount: 100, reference: 'request log spec' } }),
    }));
    expect(res.status).toBe(500);
    expect(res.headers.get('x-request-id')).toBe('spec-trpc-0001');
    expect(lines).toEqual([expect.objectContaining({ level: 'error', msg: '[api] wallet.credit failed', requestId: 'spec-trpc-0001' })]);
    expect(contextsEntered).toBe(0);
  });

  it('a REST v1 call that fails after an await logs its lines with the request id', async () => {
    const { res, lines, contextsEntered } = await observe(() => fetch(`${base}/api/v1/medcards/HP-1000000172`, {
      headers: { authorization: 'Bearer dev-u-admin', 'x-request-id': 'spec-rest-0001' },
    }));
    expect(res.status).toBe(500);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', msg: '[rest] request failed' }));
    for (const line of lines) expect(line.requestId).toBe('spec-rest-0001');
    expect(contextsEntered).toBe(0);
  });
});
