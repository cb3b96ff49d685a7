import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoWallets } from '@healthpay/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, type Harness } from '../testing/harness';
import { systemStatus } from './system-status';

let h: Harness;
let stub: Server;
let stubUrl: string;
const alertsAnswer = {
  alerts: [
    { labels: { alertname: 'HealthPayServiceDown', severity: 'critical', job: 'projector' }, annotations: { summary: 'projector is not answering /metrics' }, state: 'firing', activeAt: '2026-12-06T06:00:00Z' },
    { labels: { alertname: 'Inactive' }, annotations: {}, state: 'inactive' },
  ],
};

/** Answers like Prometheus' HTTP API: a vector per query (keyed by a fragment of the expression) and the alerts. */
function answer(url: string): unknown {
  if (url.startsWith('/api/v1/alerts')) return alertsAnswer;
  const q = decodeURIComponent(new URL(url, 'http://x').searchParams.get('query') ?? '');
  const v = (metric: Record<string, string>, value: number) => ({ metric, value: [0, String(value)] });
  if (q.startsWith('up')) return { resultType: 'vector', result: [v({ job: 'portal', process: 'web' }, 1), v({ job: 'projector', process: 'projector' }, 0)] };
  if (q.startsWith('sum(rate(healthpay_commands_total')) return { resultType: 'vector', result: [v({}, 12.5)] };
  if (q.includes('healthpay_command_duration_seconds_bucket')) return { resultType: 'vector', result: [v({}, 0.0042)] };
  if (q.includes('healthpay_projection_lag_seconds_bucket')) return { resultType: 'vector', result: [v({ projection: 'postgres-read-models' }, 0.031)] };
  if (q.includes('healthpay_projection_position')) return { resultType: 'vector', result: [v({ projection: 'postgres-read-models' }, 812)] };
  if (q.includes('healthpay_payment_notifications_total')) return { resultType: 'vector', result: [v({ provider: 'paymob', outcome: 'bad_signature' }, 4)] };
  return { resultType: 'vector', result: [] };
}

beforeAll(async () => {
  h = await apiHarness();
  stub = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'success', data: answer(req.url ?? '') })));
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  stub.close();
  await h.close();
});

describe('system.status', () => {
  it('without Prometheus: Postgres up, and the commands this process ran (p95, then a rate between two readings)', async () => {
    const finance = await h.as('u-finance');
    await finance.wallet.credit({ walletId: demoWallets.ahmed.walletId, amount: 100, reference: `system-${randomUUID()}` });
    const support = await h.as('u-support');
    const first = await support.system.status({});
    expect(first).toMatchObject({ source: 'processes', prometheusError: null, alerts: [], dependencies: [{ name: 'postgres', status: 'up' }] });
    expect(first.commandP95Ms).toBeGreaterThan(0);
    const second = await support.system.status({});
    expect(second.commandsPerSecond).not.toBeNull();
  });

  it('with Prometheus: its numbers, and only pending or firing alerts', async () => {
    const status = await systemStatus({ health: h.services.health, prometheusUrl: stubUrl, now: new Date('2026-12-06T06:05:00Z') });
    expect(status).toMatchObject({
      source: 'prometheus',
      commandsPerSecond: 12.5,
      commandP95Ms: 4.2,
      projections: [{ name: 'postgres-read-models', lagP95Ms: 31, position: 812 }],
      processes: [{ job: 'portal', instance: 'web', up: true }, { job: 'projector', instance: 'projector', up: false }],
      failedPaymentNotifications: [{ provider: 'paymob', outcome: 'bad_signature', count: 4 }],
      alerts: [{ name: 'HealthPayServiceDown', state: 'firing', severity: 'critical', summary: 'projector is not answering /metrics', since: new Date('2026-12-06T06:00:00Z') }],
    });
  });

  it('falls back to the processes, saying why, when Prometheus does not answer', async () => {
    const status = await systemStatus({ health: h.services.health, prometheusUrl: 'http://127.0.0.1:1', now: new Date() });
    expect(status.source).toBe('processes');
    expect(status.prometheusError).toEqual(expect.any(String));
  });
});
