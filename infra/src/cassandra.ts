// A real single-node Apache Cassandra 5.0 for dev and tests, run straight from Maven jars (no tarball):
// we supply what bin/cassandra + cassandra-env.sh + conf/*.options would have supplied.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { HOST, ROOT, type Server, ensureJars, findJar, startJava } from './common.js';

export interface CassandraOptions {
  dataDir?: string; // default <repo>/.data/cassandra
  cqlPort?: number; // native protocol, default 9042
  storagePort?: number; // internode (gossip), default 7000; loopback, nobody else joins
  jmxPort?: number; // off unless given (nodetool); bound to loopback by Cassandra
  heap?: string; // -Xmx, default 1g (-Xms stays 256m, so pass at least that)
  timeoutMs?: number;
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

/**
 * Ready = `SELECT release_version FROM system.local` answers over CQL (returns the version, else null).
 * The CQL port opens only at the very end of startup, but a query proves the node really serves.
 * Raw native protocol v4 (STARTUP, QUERY) so infra needs no driver.
 */
export function cqlReady(port: number, timeoutMs = 3000): Promise<string | null> {
  const frame = (stream: number, opcode: number, body: Buffer) => {
    const h = Buffer.alloc(9);
    h.writeUInt8(0x04, 0); // v4 request
    h.writeInt16BE(stream, 2);
    h.writeUInt8(opcode, 4);
    h.writeInt32BE(body.length, 5);
    return Buffer.concat([h, body]);
  };
  const str = (s: string) => {
    const b = Buffer.from(s);
    const n = Buffer.alloc(2);
    n.writeUInt16BE(b.length);
    return Buffer.concat([n, b]);
  };
  const startup = Buffer.concat([Buffer.from([0, 1]), str('CQL_VERSION'), str('3.0.0')]);
  const q = Buffer.from('SELECT release_version FROM system.local');
  const qlen = Buffer.alloc(4);
  qlen.writeInt32BE(q.length);
  const query = Buffer.concat([qlen, q, Buffer.from([0, 1, 0])]); // consistency ONE, no flags

  return new Promise((resolve) => {
    let buf = Buffer.alloc(0);
    const s = createConnection({ host: HOST, port });
    const done = (v: string | null) => (s.destroy(), resolve(v));
    s.setTimeout(timeoutMs, () => done(null));
    s.once('error', () => done(null));
    s.once('connect', () => s.write(frame(0, 0x01, startup)));
    s.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 9 && buf.length >= 9 + buf.readInt32BE(5)) {
        const opcode = buf.readUInt8(4);
        const body = buf.subarray(9, 9 + buf.readInt32BE(5));
        buf = buf.subarray(9 + body.length);
        if (opcode === 0x02) s.write(frame(1, 0x07, query)); // READY
        else if (opcode === 0x08) return done(releaseVersion(body)); // RESULT
        else return done(null); // ERROR or anything unexpected: not ready yet
      }
    });
  });
}

/** Reads the single varchar cell of a Rows result. */
function releaseVersion(b: Buffer): string | null {
  if (b.readInt32BE(0) !== 2) return null; // kind Rows
  const flags = b.readInt32BE(4);
  const cols = b.readInt32BE(8);
  let p = 12;
  const skipStr = () => (p += 2 + b.readUInt16BE(p));
  if (flags & 0x0002) p += 4 + Math.max(b.readInt32BE(p), 0); // paging state
  const global = (flags & 0x0001) !== 0;
  if (global) {
    skipStr(); // keyspace
    skipStr(); // table
  }
  if (!(flags & 0x0004)) {
    for (let i = 0; i < cols; i++) {
      if (!global) {
        skipStr(); // keyspace
        skipStr(); // table
      }
      skipStr(); // column name
      p += 2; // type id (varchar: no extra payload)
    }
  }
  if (b.readInt32BE(p) < 1) return null;
  const len = b.readInt32BE(p + 4);
  return len < 0 ? null : b.toString('utf8', p + 8, p + 8 + len);
}
