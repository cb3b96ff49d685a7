import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControlState } from '../control/state';
import { json } from './reply';
import { createRouter, type Route } from './router';

const routes: Route[] = [
  { method: 'POST', path: '/echo', kind: 'api', handle: (ctx) => json(200, ctx.json()) },
  {
    method: 'GET',
    path: '/boom',
    kind: 'api',
    handle: () => {
      throw new Error('unexpected');
    },
  },
];
const stopping = new AbortController();
const server = createServer(createRouter(routes, new ControlState(), stopping.signal));
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  stopping.abort();
  await new Promise((resolve) => server.close(resolve));
});

describe('router', () => {
  it('answers unknown paths 404, wrong methods 405, trailing slashes alike', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/echo`)).status).toBe(405);
    expect((await fetch(`${base}/echo/`, { method: 'POST', body: '{"a":1}' }).then((r) => r.json())) as unknown).toEqual({ a: 1 });
  });

  it('limits bodies to 64 KiB, refuses junk, and survives a handler bug with a 500', async () => {
    expect((await fetch(`${base}/echo`, { method: 'POST', body: 'x'.repeat(64 * 1024 + 1) })).status).toBe(413);
    expect((await fetch(`${base}/echo`, { method: 'POST', body: '' })).status).toBe(400);
    expect((await fetch(`${base}/echo`, { method: 'POST', body: '\u0000{' })).status).toBe(400);
    const original = console.error;
    console.error = () => {};
    try {
      expect((await fetch(`${base}/boom`)).status).toBe(500);
    } finally {
      console.error = original;
    }
    expect((await fetch(`${base}/echo`, { method: 'POST', body: '1' })).status).toBe(200);
  });
});
