// A real single-node Apache Kafka 3.9 (KRaft, broker+controller in one JVM) for dev and tests.
// 3.9.x is pinned: kafkajs 2.2.4 is known to work against it; nobody has shown kafkajs on 4.x.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { HOST, ROOT, type Server, ensureJars, javaBin, jitArgs, startJava } from './common.js';
import { kafkaReady } from './kafka-ready.js';

export interface KafkaOptions {
  dataDir?: string; // default <repo>/.data/kafka
  port?: number; // PLAINTEXT client listener, default 9092
  controllerPort?: number; // KRaft controller listener, default 9093
  heap?: string; // -Xmx, default 512m (the broker needs little for dev traffic)
  timeoutMs?: number;
  /** C2 as well as C1 (see `jitArgs`); default C1 only. */
  fullJit?: boolean;
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
        const fmt = spawnSync(javaBin(), ['-Xmx256m', ...jitArgs(), ...jvm, 'kafka.tools.StorageTool', 'format', '-t', clusterId(), '-c', config, '-g'], { encoding: 'utf8' });
        if (fmt.status !== 0) throw new Error(`kafka-storage format failed:\n${fmt.stdout}${fmt.stderr}`);
      }
      return [`-Xms${heap}`, `-Xmx${heap}`, ...jitArgs(opts.fullJit), ...jvm, 'kafka.Kafka', config];
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
# The controller appends a no-op record to the metadata log every 500 ms by default (a liveness signal for other
# nodes; there are none here), and every node applies it: every 5 s is plenty
metadata.max.idle.interval.ms=5000
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
