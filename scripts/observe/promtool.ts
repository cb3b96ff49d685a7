import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const RULES = path.join(ROOT, 'deploy/prometheus/rules.yml');
export const RULE_TESTS = path.join(ROOT, 'deploy/prometheus/tests');
export const DASHBOARDS = path.join(ROOT, 'deploy/grafana/dashboards');

const INSTALL_HINT = "Debian's `prometheus` package brings it: `sudo apt-get install -y prometheus` (.ci/run and `npm run observe` install it when missing)";

/** An executable of the `prometheus` package (`promtool`, `prometheus`) on PATH or in /usr/bin, or an error saying how to get it. */
export function prometheusBinary(name: 'promtool' | 'prometheus'): string {
  const candidates = [...(process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, name)), `/usr/bin/${name}`];
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error(`${name} was not found. ${INSTALL_HINT}`);
  return found;
}

/** Runs promtool; resolves its exit status and output (stdout and stderr together). */
export function promtool(args: string[], cwd = ROOT): { status: number; output: string } {
  const res = spawnSync(prometheusBinary('promtool'), args, { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: res.status ?? 1, output: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}
