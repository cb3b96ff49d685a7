// `npm run k8s:generate`: regenerates what deploy/k8s takes from elsewhere in the repository: the PrometheusRule
// (deploy/prometheus) and the Grafana dashboards ConfigMap (deploy/grafana/dashboards).
import { writeFileSync } from 'node:fs';
import { DASHBOARDS_FILE, grafanaDashboardsYaml } from './grafana-dashboards';
import { PROMETHEUS_RULE_FILE, prometheusRuleYaml, ruleGroups } from './prometheus-rule';

writeFileSync(PROMETHEUS_RULE_FILE, prometheusRuleYaml());
writeFileSync(DASHBOARDS_FILE, grafanaDashboardsYaml());
console.log(`wrote ${PROMETHEUS_RULE_FILE} (${ruleGroups().length} rule groups) and ${DASHBOARDS_FILE}`);
