import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loaderName, runLoader } from './loader';
import { getRequestBytes } from './request-bytes';

const server = createServer((req, res) => res.writeHead(req.url === '/missing' ? 404 : 200).end('{"ok":true}'));
let url = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('runLoader', () => {
  it.each(['lean', 'autocannon'] as const)('%s: counts every answer, its status class and time', async (name) => {
    const port = Number(new URL(url).port);
    let i = 0;
    const statuses: number[] = [];
    const r = await runLoader({ url, connections: 4, amount: 200, next: () => getRequestBytes('127.0.0.1', port, i++ % 4 === 0 ? '/missing' : '/', {}), onResponse: (status) => statuses.push(status) }, name);
    expect(r).toMatchObject({ loader: name, total: 200, ok: 150, non2xx: 50, errors: 0 });
    expect(statuses.filter((s) => s === 404)).toHaveLength(50);
    expect(r.latencies).toHaveLength(200);
    expect(r.p50).toBeLessThanOrEqual(r.p95);
  });
});

describe('loaderName', () => {
  it('takes BENCH_LOADER and refuses anything else', () => {
    vi.stubEnv('BENCH_LOADER', 'autocannon');
    expect(loaderName()).toBe('autocannon');
    vi.stubEnv('BENCH_LOADER', 'wrk');
    expect(() => loaderName()).toThrow(/lean or autocannon/);
    vi.unstubAllEnvs();
  });
});
