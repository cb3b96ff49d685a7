// Measures cached start-to-ready, RSS after ready, and stop time: tsx infra/scripts/measure.ts kafka|cassandra|both
import { readFileSync } from 'node:fs';
import { startCassandra } from '../src/cassandra.js';
import { startKafka } from '../src/kafka.js';
import type { Server } from '../src/common.js';

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const cpuSec = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks (100/s on Linux)
};
const which = process.argv[2] ?? 'both';
const timed = async (name: string, f: () => Promise<Server>) => {
  const t0 = Date.now();
  const s = await f();
  console.log(`${name}: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (started=${s.started}), RSS ${rssMiB(s.pid).toFixed(0)} MiB`);
  return s;
};
const servers: Server[] = [];
try {
  if (which !== 'cassandra') servers.push(await timed('kafka', () => startKafka()));
  if (which !== 'kafka') servers.push(await timed('cassandra', () => startCassandra()));
  const settle = Number(process.env.SETTLE_MS ?? 0);
  const cpu0 = servers.map((s) => cpuSec(s.pid));
  await new Promise((r) => setTimeout(r, settle));
  servers.forEach((s, i) => {
    const idle = settle ? `, idle CPU ${((100 * (cpuSec(s.pid) - cpu0[i]!)) / (settle / 1000)).toFixed(1)}% of a core` : '';
    console.log(`pid ${s.pid}: RSS after ${settle / 1000} s ${rssMiB(s.pid).toFixed(0)} MiB${idle}`);
  });
} finally {
  for (const s of servers) {
    const t0 = Date.now();
    await s.stop();
    console.log(`pid ${s.pid}: stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}
