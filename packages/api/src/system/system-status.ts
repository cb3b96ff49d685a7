import { checkHealth, type HealthDeps } from '../health/health';
import { readProcesses } from './read-processes';
import { readPrometheus } from './read-prometheus';
import type { SystemStatus } from './system.schemas';

export interface SystemStatusDeps {
  health: HealthDeps;
  /** PROMETHEUS_URL; unset: the processes' own metrics. */
  prometheusUrl?: string;
  /** The projector's /metrics (HP_PROJECTOR_METRICS_URL), read when there is no Prometheus. */
  projectorMetricsUrl?: string;
  now: Date;
}

/** Dependencies' health and breakers, plus the metrics: from Prometheus when it answers, else from the processes. */
export async function systemStatus(d: SystemStatusDeps): Promise<SystemStatus> {
  const healthP = checkHealth(d.health);
  let prometheusError: string | null = null;
  const metrics = d.prometheusUrl
    ? await readPrometheus(d.prometheusUrl).catch((error: unknown) => {
        prometheusError = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
        return null;
      })
    : null;
  const health = await healthP;
  return {
    source: metrics ? 'prometheus' : 'processes',
    prometheusError,
    at: d.now,
    dependencies: Object.entries(health.services).map(([name, status]) => ({ name: name as 'postgres' | 'kafka' | 'scylla', status: status ?? 'down' })),
    providers: Object.entries(health.providers ?? {}).map(([name, breaker]) => ({ name: name as 'paymob' | 'fawry', breaker })),
    ...(metrics ?? (await readProcesses(d.projectorMetricsUrl, d.now.getTime()))),
  };
}
