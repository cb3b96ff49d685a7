import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { METRICS_PORTS, metricsTargets } from '../stack/metrics-targets';
import { prometheusConfig } from './prometheus-config';

describe('the observe configuration', () => {
  it('scrapes the portals and the projector in embedded mode, the relay too in scaled mode', () => {
    expect(metricsTargets('embedded').map((t) => t.process)).toEqual(['web', 'admin', 'merchant', 'projector']);
    expect(metricsTargets('scaled').at(-1)).toEqual({ job: 'relay', process: 'relay', address: `127.0.0.1:${METRICS_PORTS.relay}` });
  });

  it('is one job per process kind with a process label, the rules and a bearer token when given', () => {
    const config = parse(prometheusConfig({ targets: metricsTargets('embedded'), ruleFiles: ['/r.yml'], intervalSeconds: 5, bearerToken: 't0k' })) as {
      global: Record<string, string>;
      rule_files: string[];
      scrape_configs: { job_name: string; authorization?: { credentials: string }; static_configs: { targets: string[]; labels: { process: string } }[] }[];
    };
    expect(config.global).toMatchObject({ scrape_interval: '5s', evaluation_interval: '5s' });
    expect(config.rule_files).toEqual(['/r.yml']);
    expect(config.scrape_configs.map((j) => j.job_name)).toEqual(['portal', 'projector']);
    expect(config.scrape_configs[0]?.static_configs.map((s) => s.labels.process)).toEqual(['web', 'admin', 'merchant']);
    expect(config.scrape_configs[0]?.authorization?.credentials).toBe('t0k');
  });
});
