import { readFileSync } from 'node:fs';
import { METRIC_NAMES } from '@healthpay/config/metrics';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dashboards, dashboardTargets } from './dashboards';
import { RULES } from './promtool';

const recorded = (): string[] => {
  const doc = parse(readFileSync(RULES, 'utf8')) as { groups: { rules: { record?: string }[] }[] };
  return doc.groups.flatMap((g) => g.rules.flatMap((r) => (r.record ? [r.record] : [])));
};
/** Names a query may use: ours (with histogram suffixes), the recording rules, Prometheus' `up`, Node's defaults. */
const known = (name: string) =>
  METRIC_NAMES.some((m) => name === m || name === `${m}_bucket` || name === `${m}_count` || name === `${m}_sum`) ||
  recorded().includes(name) || name === 'up' || /^(nodejs|process)_/.test(name);

const FUNCTIONS = new Set(['sum', 'max', 'min', 'avg', 'count', 'topk', 'by', 'without', 'on', 'ignoring', 'rate', 'increase', 'delta', 'deriv', 'histogram_quantile', 'and', 'or', 'unless', 'bool', 'offset']);

/** Metric names in a query: identifiers outside strings, label matchers and grouping clauses, that are not functions. */
function metricNames(expr: string): string[] {
  const bare = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\{[^}]*\}/g, '').replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '').replace(/\[[^\]]*\]/g, '');
  return [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)].map((m) => m[0]).filter((n) => !FUNCTIONS.has(n));
}

describe('Grafana dashboards (deploy/grafana/dashboards)', () => {
  it('cover commands, latency, lag, payments and sign-ins, each a titled dashboard with a unique uid', () => {
    const all = dashboards();
    expect(all.map((d) => d.file).sort()).toEqual(['commands.json', 'lag.json', 'latency.json', 'payments.json', 'sign-ins.json']);
    const uids = all.map((d) => d.json.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const d of all) {
      expect(typeof d.json.title, d.file).toBe('string');
      expect(d.json.panels?.length, d.file).toBeGreaterThan(0);
    }
  });

  it('query only metrics HealthPay exports (or records, or Prometheus and Node provide)', () => {
    const unknown = dashboardTargets().flatMap((t) => metricNames(t.expr).filter((n) => !known(n)).map((n) => `${t.file} "${t.panel}": ${n}`));
    expect(unknown).toEqual([]);
  });

  it('the name check itself catches a misspelt metric', () => {
    expect(metricNames('sum by (le) (rate(healthpay_comands_total{outcome="ok"}[5m]))').filter((n) => !known(n))).toEqual(['healthpay_comands_total']);
  });
});
