import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { parsePrometheusText } from '@healthpay/config/metrics';
import { afterEach, describe, expect, it } from 'vitest';
import { trustedProxies } from './client-address';
import { portalServer } from './server';

const TOKEN = 'spec-metrics-token-0123456789abcdef';
let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function start(metricsToken?: string) {
  server = await portalServer((req, res) => res.writeHead(req.url?.startsWith('/boom') ? 500 : 200).end('ok'), {
    port: 0, host: '127.0.0.1', proxies: trustedProxies([]), metricsToken,
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('portal /metrics and request timing (real sockets)', () => {
  it('is a 404 without a configured token, and with a wrong one', async () => {
    expect((await fetch(`${await start()}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    server?.close();
    const url = await start(TOKEN);
    expect((await fetch(`${url}/metrics`)).status).toBe(404);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(404);
  });

  it('serves the registry to the bearer of the token, with requests labelled by route class, never by raw path', async () => {
    const url = await start(TOKEN);
    await fetch(`${url}/api/v1/cards/1234567890`);
    await fetch(`${url}/boom/secret-id-42`);
    const res = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain('1234567890');
    expect(text).not.toContain('secret-id-42');
    const samples = parsePrometheusText(text).filter((s) => s.name === 'healthpay_http_request_duration_seconds_count');
    expect(samples.find((s) => s.labels.route === '/api/v1' && s.labels.status === '200')?.value).toBeGreaterThanOrEqual(1);
    expect(samples.find((s) => s.labels.route === 'page' && s.labels.status === '500')?.value).toBeGreaterThanOrEqual(1);
  });
});
