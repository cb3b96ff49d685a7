// A real single-node Apache Cassandra 5.0 for dev and tests, run straight from Maven jars (no tarball):
// we supply what bin/cassandra + cassandra-env.sh + conf/*.options would have supplied.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOST, ROOT, type Server, ensureJars, findJar, jitArgs, startJava } from './common.js';
import { cqlReady } from './cql-ready.js';

export interface CassandraOptions {
  dataDir?: string; // default <repo>/.data/cassandra
  cqlPort?: number; // native protocol, default 9042
  storagePort?: number; // internode (gossip), default 7000; loopback, nobody else joins
  jmxPort?: number; // off unless given (nodetool); bound to loopback by Cassandra
  heap?: string; // -Xmx, default 1g (-Xms stays 256m, so pass at least that)
  timeoutMs?: number;
  /** C2 as well as C1 (see `jitArgs`); default C1 only. */
  fullJit?: boolean;
}

// conf/jvm17-server.options of Cassandra 5.0 (JPMS section). Without them startup dies within a second
// (exit 3, IllegalAccessException on sun.nio.ch.DirectBuffer.cleaner from FileUtils).
const JVM17 = [
  '-Djdk.attach.allowAttachSelf=true',
  ...[
    'java.base/jdk.internal.misc', 'java.management.rmi/com.sun.jmx.remote.internal.rmi', 'java.rmi/sun.rmi.registry',
    'java.rmi/sun.rmi.server', 'java.sql/java.sql', 'java.base/java.lang.ref', 'jdk.unsupported/sun.misc',
    'jdk.compiler/com.sun.tools.javac.file', 'jdk.attach/sun.tools.attach',
  ].map((p) => `--add-exports=${p}=ALL-UNNAMED`),
  ...[
    'java.base/java.lang.module', 'java.base/jdk.internal.loader', 'java.base/jdk.internal.ref', 'java.base/jdk.internal.reflect',
    'java.base/jdk.internal.math', 'java.base/jdk.internal.module', 'java.base/jdk.internal.util.jar',
    'jdk.management/com.sun.management.internal', 'java.base/sun.nio.ch', 'java.base/java.io', 'java.base/java.lang.reflect',
    'jdk.compiler/com.sun.tools.javac', 'java.base/java.lang', 'java.base/java.util',
  ].map((p) => `--add-opens=${p}=ALL-UNNAMED`),
  // GC section of the same file (G1, tuned for latency rather than throughput)
  '-XX:+UseG1GC', '-XX:+ParallelRefProcEnabled', '-XX:MaxTenuringThreshold=1', '-XX:G1HeapRegionSize=16m',
  '-XX:G1RSetUpdatingPauseTimePercent=5', '-XX:MaxGCPauseMillis=300', '-XX:InitiatingHeapOccupancyPercent=70',
  // Netty section
  '-Dio.netty.tryReflectionSetAccessible=true', '-Dio.netty.allocator.useCacheForAllThreads=true', '-Dio.netty.allocator.maxOrder=11',
];

export async function startCassandra(opts: CassandraOptions = {}): Promise<Server> {
  const dataDir = path.resolve(opts.dataDir ?? path.join(ROOT, '.data/cassandra'));
  const cqlPort = opts.cqlPort ?? 9042;
  const storagePort = opts.storagePort ?? 7000;
  const ports: Record<string, number> = { cqlPort, storagePort, ...(opts.jmxPort ? { jmxPort: opts.jmxPort } : {}) };
  const confDir = path.join(dataDir, 'conf');
  const yaml = path.join(confDir, 'cassandra.yaml');
  const pidFile = path.join(dataDir, 'cassandra.pid');
  const logDir = path.join(dataDir, 'logs');
  const logs = [path.join(logDir, 'system.log'), path.join(logDir, 'stdout.log')];

  return startJava({
    name: 'Cassandra',
    ports,
    pidFile,
    marker: yaml,
    cwd: dataDir,
    outFile: logs[1]!,
    ready: async () => (await cqlReady(cqlPort)) !== null,
    timeoutMs: opts.timeoutMs ?? 180_000,
    stopTimeoutMs: 60_000, // SIGTERM drains (flushes memtables): seconds, not minutes
    // Its idle request workers spin in 10 µs sleeps after every burst of requests: with 1 ms of slack they wake far
    // less often (two thirds less CPU per row written; timer-slack.ts).
    timerSlackNs: 1_000_000,
    logs,
    prepare: () => {
      const lib = ensureJars('cassandra');
      mkdirSync(confDir, { recursive: true });
      mkdirSync(logDir, { recursive: true });
      mkdirSync(path.join(confDir, 'triggers'), { recursive: true }); // else a WARN on the first DDL
      writeFileSync(yaml, cassandraYaml(cqlPort, storagePort));
      const logback = path.join(confDir, 'logback.xml');
      writeFileSync(logback, logbackXml(logs[0]!));
      return [
        // Grows up to the max as needed: with -Xms = -Xmx G1 keeps the whole heap resident after startup churn.
        '-Xms256m', `-Xmx${opts.heap ?? '1g'}`,
        '-Xss256k', '-XX:+PerfDisableSharedMem', '-Djava.net.preferIPv4Stack=true', // from jvm-server.options
        // Exit on OOM (Cassandra warns otherwise: a half-dead node can corrupt data); no 1 GiB heap dumps on dev disks.
        '-XX:+ExitOnOutOfMemoryError', `-XX:ErrorFile=${path.join(logDir, 'hs_err_%p.log')}`,
        ...JVM17,
        // Memtable object sizing as bin/cassandra does it (5.0.9 does start without it: jamm 0.4 falls back to Unsafe).
        `-javaagent:${findJar(lib, 'jamm-')}`,
        ...jitArgs(opts.fullJit),
        // The clock requests are timed against is resampled every 2 ms by default (500 wake-ups a second on an idle
        // node, ~1.5 % of a core here); 10 ms is precise enough for timeouts of seconds.
        '-Dcassandra.approximate_time_precision_ms=10',
        '-Dcassandra-foreground=yes', // otherwise the daemon closes stdout/stderr
        `-Dcassandra.config=file://${yaml}`, // a URL, not a path
        `-Dcassandra.storagedir=${dataDir}`, // default parent of data/, commitlog/, hints/, saved_caches/
        `-Dcassandra.logdir=${logDir}`,
        `-Dcassandra.triggers_dir=${path.join(confDir, 'triggers')}`,
        `-Dlogback.configurationFile=${logback}`,
        '-Dcassandra.skip_wait_for_gossip_to_settle=0', // single node: nothing to wait for (no measurable gain on 5.0.9)
        '-Dcassandra.shutdown_announce_in_ms=0', // ditto on stop: nobody hears the announcement (saves 2 s)
        ...(opts.jmxPort ? [`-Dcassandra.jmx.local.port=${opts.jmxPort}`] : []),
        '-cp', path.join(lib, '*'),
        'org.apache.cassandra.service.CassandraDaemon',
      ];
    },
  });
}

function cassandraYaml(cqlPort: number, storagePort: number): string {
  return `# Written by infra/src/cassandra.ts on every start; edit there. Unset keys keep Cassandra 5.0 defaults.
cluster_name: healthpay-dev
num_tokens: 1
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
endpoint_snitch: SimpleSnitch
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "${HOST}:${storagePort}"
listen_address: ${HOST}
rpc_address: ${HOST}
storage_port: ${storagePort}
native_transport_port: ${cqlPort}
start_native_transport: true
commitlog_sync: periodic
commitlog_sync_period: 10000ms
# dev/test: DROP/TRUNCATE would otherwise snapshot every time and fill the disk
auto_snapshot: false
# 2-core box: keep background work small
concurrent_compactors: 1
memtable_flush_writers: 1
# ...and the request pools too (defaults 32 each, for many cores and disks to wait on; writes here wait on nothing)
concurrent_reads: 4
concurrent_writes: 4
concurrent_counter_writes: 2
concurrent_materialized_view_writes: 2
# One node: no other replica to hint for, or to rank by latency (the dynamic snitch rescores every 100 ms)
hinted_handoff_enabled: false
dynamic_snitch: false
# The projector writes unlogged batches of up to 25 rows (services/projector/src/cql/write-batcher.ts), every
# partition of a batch on the node that receives it; the defaults (5 KiB, 10 partitions) would log a warning for each
batch_size_warn_threshold: 64KiB
unlogged_batch_across_partitions_warn_threshold: 64
`;
}

function logbackXml(file: string): string {
  return `<configuration>
  <!-- INFO to a file (startup progress is useful); nothing on the console. -->
  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
    <file>${file}</file>
    <encoder><pattern>%-5level [%thread] %date{ISO8601} %F:%L - %msg%n</pattern></encoder>
  </appender>
  <logger name="org.apache.cassandra" level="INFO"/>
  <root level="WARN"><appender-ref ref="FILE"/></root>
</configuration>
`;
}
