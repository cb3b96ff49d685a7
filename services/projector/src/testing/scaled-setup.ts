import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@healthpay/db/ops';
import { startCassandra, startKafka } from '@healthpay/infra';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    kafkaBrokers: string[];
    kafkaDataDir: string;
    kafkaPorts: { port: number; controllerPort: number };
    cqlContactPoint: string;
  }
}

/**
 * Global setup of the scaled-mode specs: a real Kafka and a real Cassandra for the run, on free
 * loopback ports with throwaway data, started side by side (Cassandra is the slow one).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'hp-scaled-'));
  await chmod(dir, 0o755);
  const kafkaPorts = { port: await freePort(), controllerPort: await freePort() };
  const [kafka, cassandra] = await Promise.all([
    startKafka({ dataDir: path.join(dir, 'kafka'), ...kafkaPorts }),
    startCassandra({ dataDir: path.join(dir, 'cassandra'), cqlPort: await freePort(), storagePort: await freePort() }),
  ]);
  project.provide('kafkaBrokers', [`127.0.0.1:${kafkaPorts.port}`]);
  project.provide('kafkaDataDir', path.join(dir, 'kafka'));
  project.provide('kafkaPorts', kafkaPorts);
  project.provide('cqlContactPoint', `127.0.0.1:${cassandra.ports.cqlPort}`);
  return async () => {
    await Promise.allSettled([kafka.stop(), cassandra.stop()]);
    await rm(dir, { recursive: true, force: true });
  };
}
