import { stringify } from 'yaml';
import type { MetricsTarget } from '../stack/metrics-targets';

export interface PrometheusConfigOptions {
  targets: readonly MetricsTarget[];
  ruleFiles: readonly string[];
  /** Seconds between scrapes and between rule evaluations (observe: 5; the integration spec: 1). */
  intervalSeconds: number;
  /** When set, targets are scraped with `Authorization: Bearer <token>` (portals' main ports). */
  bearerToken?: string;
}

/** A Prometheus configuration: one scrape job per process kind (`job` = portal | projector | relay), `process` naming each. */
export function prometheusConfig(o: PrometheusConfigOptions): string {
  const jobs = [...new Set(o.targets.map((t) => t.job))];
  return stringify({
    global: { scrape_interval: `${o.intervalSeconds}s`, evaluation_interval: `${o.intervalSeconds}s`, scrape_timeout: `${Math.min(o.intervalSeconds, 10)}s` },
    rule_files: [...o.ruleFiles],
    scrape_configs: jobs.map((job) => ({
      job_name: job,
      metrics_path: '/metrics',
      ...(o.bearerToken ? { authorization: { type: 'Bearer', credentials: o.bearerToken } } : {}),
      static_configs: o.targets.filter((t) => t.job === job).map((t) => ({ targets: [t.address], labels: { process: t.process } })),
    })),
  });
}
