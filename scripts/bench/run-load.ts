import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../stack/processes';
import type { LoadConfig } from './load';
import { treeCpuSeconds } from './process-cpu';

export interface LoadResult {
  rps: number;
  total: number;
  ok: number;
  p50: number;
  /** Exact, from every answer (optional: runs printed before it was added lack it). */
  p95?: number;
  p97_5: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Server CPU (its process and workers) per request, in milliseconds. */
  cpuMsPerRequest: number;
  /** The load generator's own CPU (whole process, start-up included) per request, in milliseconds. */
  loaderCpuMsPerRequest?: number;
  loadAverage: number;
  /** Which generator ran (loader.ts). */
  loader?: string;
}

/** One load run in its own process (load.ts, BENCH_LOADER's generator) against `serverPid`'s server, with the server's CPU measured. */
export async function runLoad(config: LoadConfig, serverPid: number, dir: string): Promise<LoadResult> {
  const file = path.join(dir, `load-${config.connections}.json`);
  await writeFile(file, JSON.stringify(config));
  const loadAverage = (await import('node:os')).loadavg()[0] ?? 0;
  const cpuBefore = await treeCpuSeconds(serverPid);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/load.ts'), file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const cpuAfter = await treeCpuSeconds(serverPid);
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  const r = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Omit<LoadResult, 'cpuMsPerRequest' | 'loadAverage'>;
  return { ...r, cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / Math.max(1, r.total), loadAverage };
}

export const tableHeader = `| connections | req/s | p50 ms | p97.5 ms | p99 ms | non-2xx | errors | commands per commit |
|---|---|---|---|---|---|---|---|`;

export const tableRow = (connections: number, r: LoadResult, perCommit: string) =>
  `| ${connections} | ${Math.round(r.rps)} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.non2xx} | ${r.errors} | ${perCommit} |`;
