import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { prometheusBinary } from './promtool';

/** Installs Debian's `prometheus` package (Prometheus and promtool) when it is missing, like .ci/run does for Chromium. */
export function ensurePrometheusInstalled(log: (line: string) => void): void {
  try {
    prometheusBinary('prometheus');
    return;
  } catch {
    // Not installed: apt below.
  }
  if (!existsSync('/usr/bin/apt-get')) throw new Error('Prometheus is not installed and this is not a Debian/Ubuntu machine: install `prometheus` (with promtool) yourself');
  log('installing Prometheus (Debian package `prometheus`)…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => {
    const [cmd = 'apt-get', ...rest] = [...sudo, ...args];
    const res = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (res.status !== 0) throw new Error(`${args.join(' ')} failed`);
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'prometheus']);
}

export interface RunningPrometheus {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts Prometheus on 127.0.0.1:`port` and resolves once /-/ready answers (bounded by `timeoutMs`). */
export async function startPrometheus(o: { configFile: string; dataDir: string; port: number; timeoutMs?: number; quiet?: boolean }): Promise<RunningPrometheus> {
  const url = `http://127.0.0.1:${o.port}`;
  const child = spawn(prometheusBinary('prometheus'), [
    `--config.file=${o.configFile}`, `--storage.tsdb.path=${o.dataDir}`, `--web.listen-address=127.0.0.1:${o.port}`,
    '--storage.tsdb.retention.time=7d', '--web.enable-lifecycle',
  ], { stdio: ['ignore', o.quiet ? 'ignore' : 'inherit', o.quiet ? 'ignore' : 'inherit'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + (o.timeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode} (is port ${o.port} taken?)`);
    if (await fetch(`${url}/-/ready`).then((r) => r.ok, () => false)) return { url, child, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`prometheus was not ready on ${url} within ${o.timeoutMs ?? 30_000} ms`);
}
