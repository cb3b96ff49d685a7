// A real single-node Apache Kafka 3.9 (KRaft, broker+controller in one JVM) for dev and tests.
// 3.9.x is pinned: kafkajs 2.2.4 is known to work against it; nobody has shown kafkajs on 4.x.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { HOST, ROOT, type Server, ensureJars, javaBin, startJava } from './common.js';

export interface KafkaOptions {
  dataDir?: string; // default <repo>/.data/kafka
  port?: number; // PLAINTEXT client listener, default 9092
  controllerPort?: number; // KRaft controller listener, default 9093
  heap?: string; // -Xmx, default 512m (the broker needs little for dev traffic)
  timeoutMs?: number;
}

export async function startKafka(opts: KafkaOptions = {}): Promise<Server> {
  const dataDir = path.resolve(opts.dataDir ?? path.join(ROOT, '.data/kafka'));
  const port = opts.port ?? 9092;
  const controllerPort = opts.controllerPort ?? 9093;
  const ports = { port, controllerPort };
  const config = path.join(dataDir, 'server.properties');
  const pidFile = path.join(dataDir, 'kafka.pid');
  const out = path.join(dataDir, 'kafka.out');

  return startJava({
    name: 'Kafka',
    ports,
    pidFile,
    marker: config,
    cwd: dataDir,
    outFile: out,
    ready: () => kafkaReady(port),
    timeoutMs: opts.timeoutMs ?? 90_000,
    stopTimeoutMs: 30_000,
    logs: [out],
    prepare: () => {
      const lib = ensureJars('kafka');
      mkdirSync(dataDir, { recursive: true });
      const logDir = path.join(dataDir, 'data');
      writeFileSync(config, serverProperties(port, controllerPort, logDir));
      const log4j = path.join(dataDir, 'log4j.properties');
      // WARN to stdout (redirected to kafka.out): INFO is several lines per second of controller chatter.
      writeFileSync(
        log4j,
        'log4j.rootLogger=WARN, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\n' +
          'log4j.appender.stdout.layout=org.apache.log4j.PatternLayout\nlog4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n\n',
      );
      const heap = opts.heap ?? '512m';
      const jvm = [
        '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', '-XX:InitiatingHeapOccupancyPercent=35', // from kafka-run-class.sh
        '-XX:+ExplicitGCInvokesConcurrent', '-Djava.awt.headless=true',
        `-Dlog4j.configuration=file:${log4j}`,
        '-cp', path.join(lib, '*'),
      ];
      // KRaft needs a formatted log dir (meta.properties + bootstrap.checkpoint) once per data dir.
      if (!existsSync(path.join(logDir, 'meta.properties'))) {
        const fmt = spawnSync(javaBin(), ['-Xmx256m', ...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId(), '-c', config, '-g'], { encoding: 'utf8' });
        if (fmt.status !== 0) throw new Error(`kafka-storage format failed:\n${fmt.stdout}${fmt.stderr}`);
      }
      return [`-Xms${heap}`, `-Xmx${heap}`, ...jvm, 'kafka.Kafka', config];
    },
  });
}

function serverProperties(port: number, controllerPort: number, logDir: string): string {
  return `# Written by infra/src/kafka.ts on every start; edit there.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@${HOST}:${controllerPort}
listeners=PLAINTEXT://${HOST}:${port},CONTROLLER://${HOST}:${controllerPort}
advertised.listeners=PLAINTEXT://${HOST}:${port}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=${logDir}
num.partitions=1
# single node: every replication factor must be 1 or internal topics never get created
offsets.topic.replication.factor=1
# 1 instead of 50 partitions for the internal topics: created on first use, much faster on a dev box
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
default.replication.factor=1
min.insync.replicas=1
# consumers join immediately instead of waiting 3 s for more members
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
# 2-core dev boxes: fewer threads than the defaults (3 network, 8 io)
num.network.threads=2
num.io.threads=2
num.recovery.threads.per.data.dir=1
log.retention.hours=168
`;
}

/** A Kafka cluster id is 16 random bytes, base64url without padding (what `kafka-storage random-uuid` prints). */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id; // Kafka avoids ids that look like CLI flags
  }
}

/**
 * Ready = the broker answers a Metadata request listing itself and a controller, then FindCoordinator
 * for a group and InitProducerId succeed. The port opens before the broker is unfenced, and until
 * __consumer_offsets exists (FindCoordinator creates it) and producer ids are available, a client's
 * first consumer/idempotent producer gets logged "coordinator not available/loading" errors and retries.
 * Raw protocol so infra needs no client library.
 */
export async function kafkaReady(port: number): Promise<boolean> {
  const meta = await request(port, 3, 1, int32(0)); // Metadata v1, empty topic list (null would mean all)
  if (!meta) return false;
  let p = 4; // correlation id
  const brokers = meta.readInt32BE(p);
  p += 4;
  for (let i = 0; i < brokers; i++) {
    p += 4; // node id
    p += 2 + meta.readInt16BE(p); // host
    p += 4; // port
    p += 2 + Math.max(meta.readInt16BE(p), 0); // nullable rack
  }
  if (brokers < 1 || meta.readInt32BE(p) < 0) return false; // controller id
  const coord = await request(port, 10, 0, str('healthpay-infra-probe')); // FindCoordinator v0
  if (coord === null || coord.readInt16BE(4) !== 0) return false; // error code after the correlation id
  // InitProducerId v0 without a transactional id (what idempotent producers send): answers
  // COORDINATOR_LOAD_IN_PROGRESS until the broker got its first producer-id block from the controller.
  const pid = await request(port, 22, 0, Buffer.concat([Buffer.from([0xff, 0xff]), int32(60_000)]));
  return pid !== null && pid.readInt16BE(8) === 0; // after correlation id + throttle time
}

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const str = (s: string) => {
  const b = Buffer.from(s);
  const n = Buffer.alloc(2);
  n.writeInt16BE(b.length);
  return Buffer.concat([n, b]);
};

/** One request with header v1 (api key, version, correlation id, client id); resolves the response after its size, or null. */
function request(port: number, apiKey: number, version: number, body: Buffer, timeoutMs = 3000): Promise<Buffer | null> {
  const head = Buffer.alloc(8);
  head.writeInt16BE(apiKey, 0);
  head.writeInt16BE(version, 2);
  head.writeInt32BE(1, 4); // correlation id
  const msg = Buffer.concat([head, str('healthpay-infra'), body]);
  return new Promise((resolve) => {
    let buf = Buffer.alloc(0);
    const s = createConnection({ host: HOST, port });
    const done = (v: Buffer | null) => (s.destroy(), resolve(v));
    s.setTimeout(timeoutMs, () => done(null));
    s.once('error', () => done(null));
    s.once('connect', () => s.write(Buffer.concat([int32(msg.length), msg])));
    s.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) done(buf.subarray(4, 4 + buf.readInt32BE(0)));
    });
  });
}
