import type { SystemMetrics } from './system.schemas';

const TIMEOUT_MS = 2_000;

interface Vector { metric: Record<string, string>; value: [number, string] }
interface PromAlert { labels: Record<string, string>; annotations: Record<string, string>; state: string; activeAt?: string }

async function get<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}/api/v1/${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = (await res.json()) as { status: string; data: T; error?: string };
  if (body.status !== 'success') throw new Error(body.error ?? `Prometheus answered ${res.status}`);
  return body.data;
}

const query = (base: string, expr: string) => get<{ result: Vector[] }>(base, `query?query=${encodeURIComponent(expr)}`).then((d) => d.result);
const valueOf = (v: Vector | undefined): number | null => {
  const n = v ? Number(v.value[1]) : NaN;
  return Number.isFinite(n) ? n : null;
};
const ms = (seconds: number | null) => (seconds === null ? null : Math.round(seconds * 10_000) / 10);

/** The System page's numbers from Prometheus (raw expressions, so they work without the recording rules loaded). */
export async function readPrometheus(base: string): Promise<SystemMetrics> {
  const [up, rate, p95, lag, position, consumer, backlog, failed, alerts] = await Promise.all([
    query(base, 'up{job=~"portal|projector|relay"}'),
    query(base, 'sum(rate(healthpay_commands_total[1m]))'),
    query(base, 'histogram_quantile(0.95, sum by (le) (rate(healthpay_command_duration_seconds_bucket[5m])))'),
    query(base, 'histogram_quantile(0.95, sum by (le, projection) (rate(healthpay_projection_lag_seconds_bucket[5m])))'),
    query(base, 'max by (projection) (healthpay_projection_position)'),
    query(base, 'sum by (topic) (healthpay_kafka_consumer_lag)'),
    query(base, 'max(healthpay_relay_backlog_events)'),
    query(base, 'sum by (provider, outcome) (increase(healthpay_payment_notifications_total{outcome=~"bad_signature|invalid|error"}[1h])) > 0'),
    get<{ alerts: PromAlert[] }>(base, 'alerts'),
  ]);
  const positions = new Map(position.map((v) => [v.metric.projection ?? '', valueOf(v)]));
  const names = [...new Set([...lag.map((v) => v.metric.projection ?? ''), ...positions.keys()])].filter(Boolean).sort();
  return {
    processes: up.map((v) => ({ job: v.metric.job ?? '', instance: v.metric.process ?? v.metric.instance ?? '', up: valueOf(v) === 1 })),
    commandsPerSecond: valueOf(rate[0]) ?? 0,
    commandP95Ms: ms(valueOf(p95[0])),
    projections: names.map((name) => ({ name, lagP95Ms: ms(valueOf(lag.find((v) => v.metric.projection === name))), position: positions.get(name) ?? null })),
    consumerLag: consumer.map((v) => ({ topic: v.metric.topic ?? '', lag: valueOf(v) ?? 0 })),
    relayBacklog: valueOf(backlog[0]),
    failedPaymentNotifications: failed.map((v) => ({ provider: v.metric.provider ?? '', outcome: v.metric.outcome ?? '', count: Math.round(valueOf(v) ?? 0) })),
    alerts: alerts.alerts
      .filter((a) => a.state === 'pending' || a.state === 'firing')
      .map((a) => ({
        name: a.labels.alertname ?? '',
        state: a.state as 'pending' | 'firing',
        severity: a.labels.severity ?? null,
        summary: a.annotations.summary ?? null,
        since: a.activeAt ? new Date(a.activeAt) : null,
      })),
  };
}
