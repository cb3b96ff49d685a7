import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalProbeListener } from './portal-probe-listener';

let server: Server;
let base: string;
beforeAll(async () => {
  const probes = portalProbeListener();
  // What the portal server does: a probe is answered here, anything else goes on (to Next there, a marker here).
  server = createServer((req, res) => void (probes(req, res) ?? Promise.resolve(res.writeHead(418).end('next'))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('portal probes on Node http', () => {
  it('answers liveness itself, with the portal security headers and no-store', async () => {
    const res = await fetch(`${base}/api/health/liveness?probe=k8s`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'up' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await fetch(`${base}/api/health/liveness`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe('');
  });

  it('hands on other methods, other paths and look-alikes', async () => {
    for (const [path, method] of [
      ['/api/health/liveness', 'POST'], ['/api/health/liveness/', 'GET'], ['/api/health', 'GET'], ['/healthz', 'GET'], ['/en/health', 'GET'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method });
      expect(`${method} ${path} ${res.status} ${await res.text()}`).toBe(`${method} ${path} 418 next`);
    }
  });
});
