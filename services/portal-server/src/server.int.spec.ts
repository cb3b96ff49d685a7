import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { trustedProxies } from './client-address';
import { portalServer } from './server';

/** Stands in for Next's handler: reads and parses the whole body (the work a big body would cost), echoes headers. */
function app(seen: string[]) {
  return (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    seen.push(req.url ?? '');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      if (body) JSON.parse(body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ xff: req.headers['x-forwarded-for'] ?? null, xfh: req.headers['x-forwarded-host'] ?? null, bytes: body.length }));
    });
  };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function start(trust: string[] = []) {
  const seen: string[] = [];
  server = await portalServer(app(seen), { port: 0, host: '127.0.0.1', proxies: trustedProxies(trust) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const eightMegabytesOfOnes = () => `{"json":[${'1,'.repeat(4 * 1024 * 1024 - 1)}1]}`;

describe('portal server guard (real sockets)', () => {
  it('answers 8 MB bodies 413 without handing them to the app, and the portal stays responsive meanwhile', async () => {
    const { url, seen } = await start();
    const big = eightMegabytesOfOnes();
    const floods = [1, 2, 3].map(() =>
      fetch(`${url}/api/trpc/auth.requestOtp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big }),
    );
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const answers = await Promise.all(floods);
    expect(answers.map((r) => r.status)).toEqual([413, 413, 413]);
    expect(await answers[0]!.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(seen).toEqual(['/health']);
  });

  it('a body within the cap reaches the app', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/api/trpc/wallet.debit`, { method: 'POST', body: JSON.stringify({ json: { amount: 1 } }) });
    expect(res.status).toBe(200);
  });

  it('400 for an undecodable path on every kind of route; nothing reaches the app', async () => {
    const { url, seen } = await start();
    for (const p of ['/api/v1/%ff', '/api/trpc/%ff', '/ar/%ff']) expect((await fetch(url + p)).status, p).toBe(400);
    expect(seen).toEqual([]);
  });

  it('trusting nobody: X-Forwarded-For becomes the socket peer and X-Forwarded-Host is dropped', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/x`, { headers: { 'x-forwarded-for': '6.6.6.6', 'x-forwarded-host': 'evil.example' } });
    expect(await res.json()).toMatchObject({ xff: '127.0.0.1', xfh: null });
  });

  it('behind a trusted proxy: the address it appended, and its X-Forwarded-Host', async () => {
    const { url } = await start(['loopback']);
    const res = await fetch(`${url}/x`, { headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.4', 'x-forwarded-host': 'pay.example' } });
    expect(await res.json()).toMatchObject({ xff: '198.51.100.4', xfh: 'pay.example' });
  });
});
