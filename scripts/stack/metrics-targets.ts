/**
 * Where each process of `npm start` serves /metrics (METRICS_PORT, bound to 127.0.0.1): what `npm run observe`
 * scrapes. The projector's is its HP_METRICS_PORT default, so an older setup keeps its address.
 */
export const METRICS_PORTS = { web: 9461, admin: 9462, merchant: 9463, projector: 9464, relay: 9465 } as const;
export type MetricsProcess = keyof typeof METRICS_PORTS;
export type MetricsPorts = Record<MetricsProcess, number>;

export interface MetricsTarget {
  /** Prometheus job: the process kind (the `job` label the rules and dashboards use). */
  job: 'portal' | 'projector' | 'relay';
  /** The process, as the `process` label. */
  process: MetricsProcess;
  address: string;
}

/** The processes a stack in this mode runs: portals and projector always, the relay in scaled mode. */
export function metricsTargets(mode: 'embedded' | 'scaled', ports: MetricsPorts = METRICS_PORTS): MetricsTarget[] {
  const at = (p: MetricsProcess) => `127.0.0.1:${ports[p]}`;
  const targets: MetricsTarget[] = [
    ...(['web', 'admin', 'merchant'] as const).map((p) => ({ job: 'portal' as const, process: p, address: at(p) })),
    { job: 'projector', process: 'projector', address: at('projector') },
  ];
  if (mode === 'scaled') targets.push({ job: 'relay', process: 'relay', address: at('relay') });
  return targets;
}
