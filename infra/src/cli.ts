// npm run infra:kafka | infra:cassandra  -> start (or reuse) and stay in the foreground until Ctrl-C
// npm run infra:stop                      -> stop both, found through their pid files
// Options: --data-dir DIR (one server's data dir), --port N (Kafka client / Cassandra CQL port).
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCassandra } from './cassandra.js';
import { ROOT, type Server, isAlive, readPid, sleep, stopPid } from './common.js';
import { startKafka } from './kafka.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
});
const cmd = positionals[0];
const dataDir = values['data-dir'];
const port = values.port ? Number(values.port) : undefined;
const pidFileOf = (kind: 'kafka' | 'cassandra') => path.resolve(dataDir ?? path.join(ROOT, '.data', kind), `${kind}.pid`);

async function stopByPidFile(file: string): Promise<void> {
  const info = readPid(file);
  if (!info) return;
  console.log(`[infra] stopping pid ${info.pid} (${path.relative(ROOT, file)})`);
  await stopPid(info.pid, 60_000);
  rmSync(file, { force: true });
}

async function foreground(kind: 'kafka' | 'cassandra', start: () => Promise<Server>): Promise<void> {
  const state: { server?: Server } = {}; // set once started; the signal handler may run before that
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log(`[infra] stopping ${kind}…`);
    // Ctrl-C while still starting: the JVM is already recorded in the pid file.
    await (state.server ? state.server.stop() : stopByPidFile(pidFileOf(kind)));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const t0 = Date.now();
  const server = (state.server = await start());
  const how = server.started ? `started in ${((Date.now() - t0) / 1000).toFixed(1)} s` : 'already running, reused';
  console.log(`[infra] ${kind} ${how}: pid ${server.pid}, ports ${JSON.stringify(server.ports)}\n[infra] logs: ${server.logs.join(' ')}\n[infra] Ctrl-C to stop`);
  // If someone runs infra:stop from another terminal, leave with the server.
  while (isAlive(server.pid)) await sleep(1000);
  if (!stopping) {
    // infra:stop removes the pid file right after the JVM is gone; a crash leaves it.
    for (let i = 0; i < 20 && existsSync(server.pidFile); i++) await sleep(100);
    const byStop = !existsSync(server.pidFile);
    console.log(`[infra] ${kind} (pid ${server.pid}) ${byStop ? 'stopped by infra:stop' : `exited; see ${server.logs.join(' ')}`}`);
    process.exit(byStop ? 0 : 1);
  }
}

try {
  if (cmd === 'kafka') await foreground('kafka', () => startKafka({ dataDir, port }));
  else if (cmd === 'cassandra') await foreground('cassandra', () => startCassandra({ dataDir, cqlPort: port }));
  else if (cmd === 'stop') {
    await Promise.all([stopByPidFile(pidFileOf('kafka')), stopByPidFile(pidFileOf('cassandra'))]);
    console.log('[infra] stopped');
  } else {
    console.error('usage: tsx infra/src/cli.ts kafka|cassandra|stop [--data-dir DIR] [--port N]');
    process.exit(2);
  }
} catch (err) {
  console.error(`[infra] ${(err as Error).message}`);
  process.exit(1);
}
