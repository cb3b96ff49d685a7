// Checks the Node clients the pipeline will use against the real servers:
// kafkajs 2.2.4 on Kafka 3.9.1, cassandra-driver 4.x on Cassandra 5.0. Starts (or reuses) both and stops
// only what it started.   npx tsx infra/scripts/clients-check.ts
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import cassandra from 'cassandra-driver';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import { startCassandra } from '../src/cassandra.js';
import { startKafka } from '../src/kafka.js';

const t = (label: string, t0: number) => console.log(`${label}: ${Date.now() - t0} ms`);

async function kafkaCheck(port: number) {
  const kafka = new Kafka({ clientId: 'infra-check', brokers: [`127.0.0.1:${port}`], logLevel: logLevel.WARN });
  const topic = `infra-check-${Date.now()}`;
  const admin = kafka.admin();
  await admin.connect();
  // Explicit creation: relying on auto-create makes the first send hit "leader not available" retries.
  assert.equal(await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true }), true);
  await admin.disconnect();

  const id = randomUUID();
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true });
  await producer.connect();
  let t0 = Date.now();
  const [meta] = await producer.send({ topic, messages: [{ key: id, value: JSON.stringify({ id, amount: 42 }) }] });
  t('kafka produce (idempotent, acks=all)', t0);
  await producer.disconnect();

  const consumer = kafka.consumer({ groupId: `infra-check-${id}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  t0 = Date.now();
  const got = await new Promise<{ key: string; value: string; partition: number }>((resolve) => {
    void consumer.run({
      eachMessage: async ({ message, partition }) => resolve({ key: String(message.key), value: String(message.value), partition }),
    });
  });
  t('kafka consume (join group + fetch)', t0);
  await consumer.disconnect();
  assert.equal(got.key, id);
  assert.equal(JSON.parse(got.value).amount, 42);
  assert.equal(got.partition, meta?.partition);
  console.log(`kafka OK: key ${id} on partition ${got.partition}`);
}

async function cassandraCheck(port: number) {
  const client = new cassandra.Client({
    contactPoints: [`127.0.0.1:${port}`],
    localDataCenter: 'datacenter1', // SimpleSnitch's data center name
    encoding: { useBigIntAsLong: true },
  });
  await client.connect();
  const version = (await client.execute('SELECT release_version FROM system.local')).first().get('release_version');
  await client.execute(`CREATE KEYSPACE IF NOT EXISTS infra_check WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
  await client.execute('CREATE TABLE IF NOT EXISTS infra_check.balances (id text PRIMARY KEY, balance bigint, version bigint)');
  const id = randomUUID();

  // Idempotent projection by write timestamp: a replayed older event (v3 after v5) must not win.
  const write = 'INSERT INTO infra_check.balances (id, balance, version) VALUES (?, ?, ?) USING TIMESTAMP ?';
  await client.execute(write, [id, 500n, 5n, 5n], { prepare: true });
  await client.execute(write, [id, 300n, 3n, 3n], { prepare: true });
  const row = (await client.execute('SELECT balance, version FROM infra_check.balances WHERE id = ?', [id], { prepare: true })).first();
  assert.equal(row.get('balance'), 500n);
  assert.equal(row.get('version'), 5n);

  // Version-guarded LWT on another row (do not mix LWT and USING TIMESTAMP writes on the same cells).
  const lwtId = `${id}-lwt`;
  const insert = await client.execute('INSERT INTO infra_check.balances (id, balance, version) VALUES (?, ?, ?) IF NOT EXISTS', [lwtId, 100n, 1n], { prepare: true });
  assert.equal(insert.wasApplied(), true);
  const guarded = 'UPDATE infra_check.balances SET balance = ?, version = ? WHERE id = ? IF version = ?';
  const t0 = Date.now();
  const applied = await client.execute(guarded, [150n, 2n, lwtId, 1n], { prepare: true });
  t('cassandra LWT update', t0);
  assert.equal(applied.wasApplied(), true);
  const duplicate = await client.execute(guarded, [150n, 2n, lwtId, 1n], { prepare: true });
  assert.equal(duplicate.wasApplied(), false); // the replayed event is recognised as a duplicate
  await client.shutdown();
  console.log(`cassandra OK: release_version ${version}, USING TIMESTAMP keeps newest, LWT wasApplied true then false`);
}

const kafka = await startKafka();
const cass = await startCassandra();
try {
  await kafkaCheck(kafka.ports.port!);
  await cassandraCheck(cass.ports.cqlPort!);
} finally {
  if (kafka.started) await kafka.stop();
  if (cass.started) await cass.stop();
}
