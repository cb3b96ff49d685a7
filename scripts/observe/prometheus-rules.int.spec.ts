import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dashboardTargets } from './dashboards';
import { promtool, RULE_TESTS, RULES } from './promtool';

interface RuleTestFile {
  tests: { alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[];
}

const testFiles = () => readdirSync(RULE_TESTS).filter((f) => f.endsWith('.test.yml')).map((f) => path.join(RULE_TESTS, f));
const alertNames = () =>
  (parse(readFileSync(RULES, 'utf8')) as { groups: { rules: { alert?: string }[] }[] }).groups.flatMap((g) => g.rules.flatMap((r) => (r.alert ? [r.alert] : [])));

describe('Prometheus rules (deploy/prometheus), checked by the real promtool', () => {
  it('parse (promtool check rules)', () => {
    const { status, output } = promtool(['check', 'rules', RULES]);
    expect(status, output).toBe(0);
  });

  it('pass their unit tests (promtool test rules)', () => {
    const { status, output } = promtool(['test', 'rules', ...testFiles()]);
    expect(status, output).toBe(0);
  });

  it('every alert has a test where it fires and one where it does not', () => {
    const checks = testFiles().flatMap((f) => (parse(readFileSync(f, 'utf8')) as RuleTestFile).tests.flatMap((t) => t.alert_rule_test ?? []));
    const missing = alertNames().flatMap((name) => {
      const mine = checks.filter((c) => c.alertname === name);
      return [
        ...(mine.some((c) => (c.exp_alerts ?? []).length > 0) ? [] : [`${name}: no firing case`]),
        ...(mine.some((c) => (c.exp_alerts ?? []).length === 0) ? [] : [`${name}: no quiet case`]),
      ];
    });
    expect(alertNames().length).toBeGreaterThanOrEqual(9);
    expect(missing).toEqual([]);
  });

  it('every Grafana panel query parses (as a recording rule promtool checks)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'hp-dash-'));
    try {
      const rules = dashboardTargets().map((t, i) => ({ record: `dashboard:check:${i}`, expr: t.expr }));
      const file = path.join(dir, 'dashboards.rules.yml');
      writeFileSync(file, stringify({ groups: [{ name: 'dashboards', rules }] }));
      const { status, output } = promtool(['check', 'rules', file]);
      expect(status, output).toBe(0);
      expect(output).toContain(`${rules.length} rules found`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
