import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { serveMetrics } from '@healthpay/config/metrics';
import { freePort } from '@healthpay/db/ops';
import { createMigratedTestDatabase, type TestDatabase } from '@healthpay/db/testing/database';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricsTarget } from '../stack/metrics-targets';
import { prometheusConfig } from './prometheus-config';
import { startPrometheus, type RunningPrometheus } from './prometheus-process';
import { ROOT, RULES } from './promtool';

interface Rules { groups: { rules: { alert?: string; for?: string }[] }[] }
interface Alert { labels: Record<string, string>; state: 'pending' | 'firing' }

/** The real rules with every `for:` cut to 2 s, so an alert fires within the spec's deadline. */
function quickRules(dir: string): string {
  const rules = parse(readFileSync(RULES, 'utf8')) as Rules;
  for (const g of rules.groups) for (const r of g.rules) if (r.alert) r.for = '2s';
  const file = path.join(dir, 'rules.yml');
  writeFileSync(file, stringify(rules));
  return file;
}

/** Polls `probe` until it returns a value, or fails after `ms` with the last thing seen. */
async function eventually<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${ms} ms${last ? ` (last error: ${String(last)})` : ''}`);
}

let db: TestDatabase;
let dir: string;
let projector: ChildProcess;
let portal: Server;
let prometheus: RunningPrometheus;
let targets: MetricsTarget[];

beforeAll(async () => {
  db = await createMigratedTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'hp-observe-'));
  const [projectorPort, portalPort, promPort] = [await freePort(), await freePort(), await freePort()];
  projector = spawn(process.execPath, ['--import', 'tsx', 'services/projector/src/main.ts'], {
    cwd: ROOT, stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: db.connectionString, HP_ENV: 'development', HP_MODE: 'embedded', METRICS_PORT: String(projectorPort), HP_DATA_DIR: dir },
  });
  // This process's own registry stands in for a portal: a real /metrics endpoint on loopback.
  portal = await serveMetrics(portalPort);
  // Scraped only once it answers: a start-up miss would be a (true) down alert before the spec's own.
  await eventually('the projector serving /metrics', 45_000, () =>
    fetch(`http://127.0.0.1:${projectorPort}/metrics`).then((r) => (r.ok ? true : undefined)));
  targets = [
    { job: 'portal', process: 'web', address: `127.0.0.1:${portalPort}` },
    { job: 'projector', process: 'projector', address: `127.0.0.1:${projectorPort}` },
  ];
  const configFile = path.join(dir, 'prometheus.yml');
  writeFileSync(configFile, prometheusConfig({ targets, ruleFiles: [quickRules(dir)], intervalSeconds: 1 }));
  prometheus = await startPrometheus({ configFile, dataDir: path.join(dir, 'data'), port: promPort, quiet: true });
}, 90_000);

afterAll(async () => {
  await prometheus?.stop();
  if (projector && projector.exitCode === null) projector.kill('SIGKILL');
  portal?.close();
  rmSync(dir, { recursive: true, force: true });
  await db?.drop();
});

const api = async <T>(p: string): Promise<T> => {
  const res = await fetch(`${prometheus.url}/api/v1/${p}`);
  const body = (await res.json()) as { status: string; data: T };
  if (body.status !== 'success') throw new Error(`${p}: ${JSON.stringify(body)}`);
  return body.data;
};

describe('a real Prometheus with HealthPay rules, against real processes', () => {
  it('sees every target up, then the down alert fire once the projector stops', async () => {
    const up = await eventually('every target up', 45_000, async () => {
      const { activeTargets } = await api<{ activeTargets: { health: string; labels: Record<string, string> }[] }>('targets');
      return activeTargets.length === targets.length && activeTargets.every((t) => t.health === 'up') ? activeTargets : undefined;
    });
    expect(up.map((t) => t.labels.job).sort()).toEqual(['portal', 'projector']);
    // The projector's registry is prom-client's: its projection position and the process metrics reach Prometheus.
    const series = await eventually('projector process metrics', 20_000, async () => {
      const { result } = await api<{ result: unknown[] }>('query?query=' + encodeURIComponent('process_cpu_seconds_total{job="projector"}'));
      return result.length > 0 ? result : undefined;
    });
    expect(series).toHaveLength(1);

    // With every target up, rule evaluation settles on no down alert at all.
    await eventually('no down alert while everything is up', 20_000, async () => {
      const { alerts } = await api<{ alerts: Alert[] }>('alerts');
      return alerts.some((a) => a.labels.alertname === 'HealthPayServiceDown') ? undefined : true;
    });

    projector.kill('SIGTERM');
    const firing = await eventually('HealthPayServiceDown firing for the projector', 45_000, async () => {
      const { alerts } = await api<{ alerts: Alert[] }>('alerts');
      return alerts.find((a) => a.labels.alertname === 'HealthPayServiceDown' && a.labels.job === 'projector' && a.state === 'firing');
    });
    expect(firing.labels).toMatchObject({ severity: 'critical', process: 'projector' });
    const { alerts } = await api<{ alerts: Alert[] }>('alerts');
    expect(alerts.filter((a) => a.labels.alertname === 'HealthPayServiceDown' && a.labels.job === 'portal')).toEqual([]);
  }, 120_000);
});
