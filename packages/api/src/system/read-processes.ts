import { histogramQuantile, metricsRegistry, parsePrometheusText, type Sample } from '@healthpay/config/metrics';
import type { SystemMetrics } from './system.schemas';

const TIMEOUT_MS = 2_000;

/** The previous reading of this process's command counter, for a rate between two page refreshes. */
let previous: { at: number; total: number } | null = null;

const sum = (samples: Sample[], name: string, where: (s: Sample) => boolean = () => true) =>
  samples.filter((s) => s.name === name && where(s)).reduce((t, s) => t + s.value, 0);
const ms = (seconds: number) => (Number.isFinite(seconds) ? Math.round(seconds * 10_000) / 10 : null);

/**
 * Without Prometheus: this portal process's own registry (the commands it ran) and the projector's metrics endpoint
 * (projection lag and position, consumer lag). Percentiles cover each process's lifetime; the rate, the time
 * since the previous reading.
 */
export async function readProcesses(projectorUrl: string | undefined, now = Date.now()): Promise<SystemMetrics> {
  const own = parsePrometheusText(await metricsRegistry().metrics());
  const projector = projectorUrl
    ? await fetch(projectorUrl, { signal: AbortSignal.timeout(TIMEOUT_MS) }).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status))))).then(parsePrometheusText, () => null)
    : null;
  const samples = [...own, ...(projector ?? [])];

  const total = sum(own, 'healthpay_commands_total');
  const rate = previous && now > previous.at ? Math.max(0, (total - previous.total) / ((now - previous.at) / 1000)) : null;
  previous = { at: now, total };

  const projectionNames = [...new Set(samples.filter((s) => s.name.startsWith('healthpay_projection_')).map((s) => s.labels.projection ?? ''))].filter(Boolean).sort();
  const topics = [...new Set(samples.filter((s) => s.name === 'healthpay_kafka_consumer_lag').map((s) => s.labels.topic ?? ''))].sort();
  const failed = own.filter((s) => s.name === 'healthpay_payment_notifications_total' && s.labels.outcome !== 'recorded' && s.labels.outcome !== 'unmatched' && s.value > 0);
  const backlog = samples.find((s) => s.name === 'healthpay_relay_backlog_events');
  return {
    processes: projectorUrl ? [{ job: 'projector', instance: 'projector', up: projector !== null }] : [],
    commandsPerSecond: rate,
    commandP95Ms: ms(histogramQuantile(0.95, own.filter((s) => s.name === 'healthpay_command_duration_seconds_bucket'))),
    projections: projectionNames.map((name) => {
      const position = samples.find((s) => s.name === 'healthpay_projection_position' && s.labels.projection === name);
      return {
        name,
        lagP95Ms: ms(histogramQuantile(0.95, samples.filter((s) => s.name === 'healthpay_projection_lag_seconds_bucket' && s.labels.projection === name))),
        position: position ? position.value : null,
      };
    }),
    consumerLag: topics.map((topic) => ({ topic, lag: sum(samples, 'healthpay_kafka_consumer_lag', (s) => s.labels.topic === topic) })),
    relayBacklog: backlog ? backlog.value : null,
    failedPaymentNotifications: failed.map((s) => ({ provider: s.labels.provider ?? '', outcome: s.labels.outcome ?? '', count: s.value })),
    alerts: [],
  };
}
