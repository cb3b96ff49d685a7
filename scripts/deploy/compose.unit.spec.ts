import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DASHBOARDS_FILE } from './grafana-dashboards';
import { ROOT } from './prometheus-rule';
import { compose, composeService, type ComposeService } from './compose-file';

/**
 * docker-compose.yml's Prometheus and Grafana, checked without a Docker engine: what they mount exists, the
 * provisioning files have the shape Grafana reads, the datasource points at the compose Prometheus, and
 * Prometheus scrapes every HealthPay process on the METRICS_PORT compose gives it.
 */
type Service = ComposeService;
const services = compose.services;
const service = composeService;

/** `./host/path:/container/path[:ro]` bind mounts (named volumes have no `./`). */
const binds = (s: Service) =>
  (s.volumes ?? []).filter((v) => v.startsWith('./')).map((v) => {
    const [host = '', target = ''] = v.split(':');
    return { host: path.join(ROOT, host), target };
  });
const mountedAt = (s: Service, target: string) => binds(s).find((b) => b.target === target)?.host;
/** The host file a container path resolves to through the service's bind mounts (a file, or inside a folder). */
function hostPathOf(s: Service, containerPath: string): string | undefined {
  for (const b of binds(s)) {
    if (containerPath === b.target) return b.host;
    if (containerPath.startsWith(`${b.target}/`)) return path.join(b.host, containerPath.slice(b.target.length + 1));
  }
  return undefined;
}
/** Grafana expands `$VAR` and `${VAR}` in provisioning files from its environment. */
const expand = (text: string, env: Record<string, string | number>) =>
  text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a: string | undefined, b: string | undefined) => String(env[(a ?? b)!] ?? ''));

const Datasources = z.strictObject({
  apiVersion: z.literal(1),
  datasources: z.array(z.strictObject({
    name: z.string().min(1), uid: z.string().min(1), type: z.literal('prometheus'), access: z.enum(['proxy', 'direct']),
    url: z.string().min(1), isDefault: z.boolean().optional(), editable: z.boolean().optional(),
    jsonData: z.record(z.string(), z.unknown()).optional(),
  })).min(1),
});
const DashboardProviders = z.strictObject({
  apiVersion: z.literal(1),
  providers: z.array(z.strictObject({
    name: z.string().min(1), folder: z.string().optional(), type: z.literal('file'), disableDeletion: z.boolean().optional(),
    allowUiUpdates: z.boolean().optional(), updateIntervalSeconds: z.number().int().positive().optional(),
    options: z.strictObject({ path: z.string().startsWith('/'), foldersFromFilesStructure: z.boolean().optional() }),
  })).min(1),
});
const PrometheusConfig = z.object({
  rule_files: z.array(z.string()).min(1),
  scrape_configs: z.array(z.object({
    job_name: z.string(),
    static_configs: z.array(z.object({ targets: z.array(z.string()).min(1), labels: z.record(z.string(), z.string()).optional() })),
  })),
});

const grafana = service('grafana');
const prometheus = service('prometheus');
const provisioningFiles = (dir: string) => {
  const host = mountedAt(grafana, `/etc/grafana/provisioning/${dir}`);
  expect(host, `grafana mounts /etc/grafana/provisioning/${dir}`).toBeDefined();
  return readdirSync(host!).filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ file: f, text: readFileSync(path.join(host!, f), 'utf8') }));
};
const datasources = () => provisioningFiles('datasources').flatMap(({ text }) => Datasources.parse(parse(expand(text, grafana.environment ?? {}))).datasources);
const promConfigFile = () => hostPathOf(prometheus, '/etc/prometheus/prometheus.yml');

describe('docker-compose.yml: Grafana', () => {
  it('mounts only files and folders that exist, from deploy/grafana', () => {
    expect(binds(grafana).length).toBeGreaterThanOrEqual(3);
    for (const b of binds(grafana)) {
      expect(existsSync(b.host), b.host).toBe(true);
      expect(path.relative(path.join(ROOT, 'deploy/grafana'), b.host).startsWith('..'), b.host).toBe(false);
    }
  });

  it('provisions a Prometheus datasource whose URL names the compose prometheus service and its port', () => {
    const [ds, ...others] = datasources();
    expect(others).toEqual([]);
    const url = new URL(ds!.url);
    expect(services[url.hostname], `${url.hostname} is a compose service`).toBe(prometheus);
    expect(url.port || '80').toBe('9090');
    expect(prometheus.image).toMatch(/^prom\/prometheus:v\d/);
    expect(ds).toMatchObject({ type: 'prometheus', access: 'proxy', isDefault: true });
  });

  it('loads the deploy/grafana/dashboards JSON through a file provider at the path compose mounts them', () => {
    const providers = provisioningFiles('dashboards').flatMap(({ text }) => DashboardProviders.parse(parse(text)).providers);
    expect(providers).toHaveLength(1);
    const host = hostPathOf(grafana, providers[0]!.options.path);
    expect(host).toBe(path.join(ROOT, 'deploy/grafana/dashboards'));
    expect(statSync(host!).isDirectory()).toBe(true);
    const files = readdirSync(host!).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const json = JSON.parse(readFileSync(path.join(host!, f), 'utf8')) as { uid?: string; templating?: { list?: { type?: string; query?: string }[] } };
      // Panels pick the datasource through a variable of type prometheus, so the provisioned one (or the cluster's) fits.
      expect(json.templating?.list?.some((v) => v.type === 'datasource' && v.query === 'prometheus'), f).toBe(true);
    }
  });

  it('the Kubernetes manifests provision the same dashboards (the generated ConfigMap holds each file as is)', () => {
    const configMap = parse(readFileSync(DASHBOARDS_FILE, 'utf8')) as { data: Record<string, string> };
    const dir = path.join(ROOT, 'deploy/grafana/dashboards');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(Object.keys(configMap.data).sort()).toEqual(files.map((f) => `healthpay-${f}`));
    for (const f of files) expect(configMap.data[`healthpay-${f}`], f).toBe(readFileSync(path.join(dir, f), 'utf8'));
  });
});

describe('docker-compose.yml: Prometheus', () => {
  it('mounts its configuration and the alert rules from deploy/prometheus, and loads the rules it mounts', () => {
    expect(promConfigFile()).toBe(path.join(ROOT, 'deploy/prometheus/prometheus.compose.yml'));
    for (const b of binds(prometheus)) expect(existsSync(b.host), b.host).toBe(true);
    const config = PrometheusConfig.parse(parse(readFileSync(promConfigFile()!, 'utf8')));
    const rules = config.rule_files.map((f) => hostPathOf(prometheus, f));
    expect(rules).toContain(path.join(ROOT, 'deploy/prometheus/rules.yml'));
    for (const r of rules) expect(r && existsSync(r), String(r)).toBe(true);
  });

  it('scrapes every HealthPay process on the METRICS_PORT compose gives it, with the jobs the rules expect', () => {
    const config = PrometheusConfig.parse(parse(readFileSync(promConfigFile()!, 'utf8')));
    const scraped = config.scrape_configs.flatMap((job) => job.static_configs.flatMap((c) => c.targets.map((t) => ({ job: job.job_name, target: t, process: c.labels?.process }))));
    const expected = { web: 'portal', admin: 'portal', merchant: 'portal', projector: 'projector', relay: 'relay' } as const;
    expect(scraped.map((s) => s.process).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, job] of Object.entries(expected)) {
      const env = service(name).environment ?? {};
      expect(env.METRICS_HOST, `${name} listens for Prometheus inside the network`).toBe('0.0.0.0');
      expect(scraped.find((s) => s.process === name)).toEqual({ job, process: name, target: `${name}:${env.METRICS_PORT}` });
    }
  });

  it('the admin portal’s System page reads the same Prometheus as Grafana', () => {
    expect(service('admin').environment?.PROMETHEUS_URL).toBe(datasources()[0]!.url);
  });
});
