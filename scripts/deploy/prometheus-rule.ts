import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The alert and recording rules Prometheus loads (and `promtool test rules` checks): the one source. */
export const RULES_DIR = path.join(ROOT, 'deploy/prometheus');
export const PROMETHEUS_RULE_FILE = path.join(ROOT, 'deploy/k8s/base/monitoring/prometheus-rule.yaml');

interface RuleGroup { name: string; rules: unknown[] }

/** Every rule file under deploy/prometheus (a YAML document with `groups`; promtool test files have none). */
export function ruleGroups(dir = RULES_DIR): RuleGroup[] {
  if (!existsSync(dir)) return [];
  const files = (function walk(d: string): string[] {
    return readdirSync(d).sort().flatMap((n) => {
      const p = path.join(d, n);
      return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(n) ? [p] : [];
    });
  })(dir);
  return files.flatMap((f) => {
    const doc = parse(readFileSync(f, 'utf8')) as { groups?: RuleGroup[] } | null;
    return Array.isArray(doc?.groups) ? doc.groups : [];
  });
}

/** deploy/k8s/base/monitoring/prometheus-rule.yaml, generated: `npm run k8s:generate` after changing the rules. */
export function prometheusRuleYaml(dir = RULES_DIR): string {
  const rule = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'healthpay', labels: { release: 'prometheus' } },
    spec: { groups: ruleGroups(dir) },
  };
  return `# GENERATED from deploy/prometheus by \`npm run k8s:generate\` (scripts/deploy/prometheus-rule.ts): do not edit.\n${stringify(rule, { lineWidth: 0 })}`;
}
