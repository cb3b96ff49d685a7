import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { ROOT } from './prometheus-rule';

/** The dashboards docker-compose provisions into Grafana: the one source. */
export const DASHBOARDS_DIR = path.join(ROOT, 'deploy/grafana/dashboards');
export const DASHBOARDS_FILE = path.join(ROOT, 'deploy/k8s/base/monitoring/grafana-dashboards.yaml');

/**
 * deploy/k8s/base/monitoring/grafana-dashboards.yaml, generated: one ConfigMap with every dashboard, labelled
 * `grafana_dashboard: "1"` so Grafana's dashboard sidecar (kube-prometheus-stack) loads them.
 */
export function grafanaDashboardsYaml(dir = DASHBOARDS_DIR): string {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  const data = Object.fromEntries(files.map((f) => {
    const json = readFileSync(path.join(dir, f), 'utf8');
    JSON.parse(json); // a broken dashboard fails here, not in Grafana
    return [`healthpay-${f}`, json];
  }));
  const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'healthpay-grafana-dashboards', labels: { grafana_dashboard: '1' } }, data };
  return `# GENERATED from deploy/grafana/dashboards by \`npm run k8s:generate\` (scripts/deploy/grafana-dashboards.ts): do not edit.\n${stringify(configMap, { lineWidth: 0 })}`;
}
