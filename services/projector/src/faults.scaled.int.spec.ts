import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { checkHealth } from '@healthpay/api';
import { startKafka } from '@healthpay/infra';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RELAY_CHECKPOINT } from './relay/relay';
import { scaledHarness, type ScaledHarness } from './testing/scaled-harness';

let h: ScaledHarness;
beforeAll(async () => {
  h = await scaledHarness();
});
afterAll(() => h.closeScaled());

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The real relay process (relay-main.ts) against this spec's database and topics. */
function spawnRelay(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'services/projector/src/relay/relay-main.ts'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: h.databaseUrl, KAFKA_BROKERS: inject('kafkaBrokers').join(','), HP_TOPIC_PREFIX: h.prefix, NODE_ENV: 'development' },
  });
}
const exited = (p: ChildProcess) => new Promise((r) => (p.exitCode !== null || p.signalCode !== null ? r(null) : p.once('exit', r)));


const relayPosition = async () =>
  (await h.services.pool.query<{ position: number }>('SELECT position FROM projector_checkpoints WHERE name = $1', [RELAY_CHECKPOINT])).rows[0]?.position ?? 0;

async function cqlMatchesEvents(walletId: string): Promise<number> {
  const expected = await h.eventBalance(walletId);
  await expect.poll(async () => (await h.cqlWallet(walletId))?.balance, { timeout: 60_000, interval: 200 }).toBe(expected);
  return expected;
}

describe('faults in scaled mode; after each, the CQL balance equals the sum of the wallet’s events', () => {
  it('kill -9 of the relay mid-stream, then a restart, publishes everything', async () => {
    const consumer = await h.startConsumer();
    const walletId = await h.newWallet(1_000_000);
    const omar = await h.as('u-omar');
    let relay = spawnRelay();
    const debits = Array.from({ length: 300 }, (_, i) => omar.wallet.debit({ walletId, amount: 10 + (i % 7), reference: `k${i}` }));
    // Kill it once it has published part of the stream, while commands are still being committed.
    await expect.poll(relayPosition, { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    relay.kill('SIGKILL');
    await exited(relay);
    await Promise.all(debits);
    relay = spawnRelay();
    try {
      expect(await cqlMatchesEvents(walletId)).toBe(1_000_000 - Array.from({ length: 300 }, (_, i) => 10 + (i % 7)).reduce((a, b) => a + b));
    } finally {
      relay.kill('SIGTERM');
      await exited(relay);
      await consumer.stop();
    }
  });

  it('Kafka stopped for seconds while commands continue: they commit, and the backlog drains after', async () => {
    const consumer = await h.startConsumer();
    const relay = spawnRelay();
    const walletId = await h.newWallet(50_000);
    const omar = await h.as('u-omar');
    try {
      await cqlMatchesEvents(walletId);
      const kafka = await startKafka({ dataDir: inject('kafkaDataDir'), ...inject('kafkaPorts') });
      await kafka.stop();
      const health = { version: 't', pool: h.services.pool, kafka: h.kafka, cql: h.cql };
      expect(await checkHealth(health)).toMatchObject({ status: 'down', services: { postgres: 'up', kafka: 'down', scylla: 'up' } });
      for (let i = 0; i < 25; i++) await omar.wallet.debit({ walletId, amount: 100, reference: `down-${i}` });
      expect(await h.eventBalance(walletId)).toBe(47_500);
      await startKafka({ dataDir: inject('kafkaDataDir'), ...inject('kafkaPorts') });
      expect(await cqlMatchesEvents(walletId)).toBe(47_500);
      expect(await checkHealth(health)).toMatchObject({ status: 'up', services: { postgres: 'up', kafka: 'up', scylla: 'up' } });
    } finally {
      relay.kill('SIGTERM');
      await exited(relay);
      await consumer.stop();
    }
  });
});
