import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DASHBOARDS } from './promtool';

export interface DashboardTarget {
  file: string;
  panel: string;
  expr: string;
}

interface Dashboard {
  uid?: unknown;
  title?: unknown;
  panels?: { title?: unknown; targets?: { expr?: unknown }[] }[];
}

/** Every dashboard file, parsed. */
export function dashboards(): { file: string; json: Dashboard }[] {
  return readdirSync(DASHBOARDS)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, json: JSON.parse(readFileSync(path.join(DASHBOARDS, file), 'utf8')) as Dashboard }));
}

/** Every panel query of every dashboard. */
export function dashboardTargets(): DashboardTarget[] {
  return dashboards().flatMap(({ file, json }) =>
    (json.panels ?? []).flatMap((p) => (p.targets ?? []).map((t) => ({ file, panel: String(p.title), expr: String(t.expr) }))),
  );
}
